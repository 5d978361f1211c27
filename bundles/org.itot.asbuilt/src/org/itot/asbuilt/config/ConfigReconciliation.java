package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.List;

import org.itot.asbuilt.AddressBook;
import org.itot.asbuilt.AsBuiltRules;
import org.itot.asbuilt.Evidence;
import org.itot.asbuilt.ModelText;
import org.itot.asbuilt.net.Ip;
import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.NetworkInterface;
import org.itot.validation.engine.ExternalFindings;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Severity;

/**
 * A device's configuration against its rule set in the model, both decided by first match over the same packet
 * space: permits the model denies (ASB-04), model permits the device does not grant (ASB-05), device rules that
 * never match (ASB-06), interface addresses that disagree (ASB-07).
 */
public final class ConfigReconciliation {

    private final Asset device;
    private final DeviceConfig config;
    private final List<FirstMatch.Decision<DeviceRule>> deviceDecisions;
    private final List<FirstMatch.Decision<FirewallRule>> modelDecisions;
    private final List<String> notes = new ArrayList<>();
    private final AddressBook addresses;

    public ConfigReconciliation(Asset device, DeviceConfig config, AddressBook addresses) {
        this.device = device;
        this.config = config;
        this.addresses = addresses;
        List<FirstMatch.Entry<DeviceRule>> deviceEntries = config.rules().stream()
                .map(rule -> new FirstMatch.Entry<>(rule, rule.match(), rule.permit())).toList();
        deviceDecisions = FirstMatch.decide(deviceEntries, config.defaultPermit());
        ModelRuleSet modelRules = new ModelRuleSet(device, addresses);
        modelDecisions = FirstMatch.decide(modelRules.entries(), false);
        notes.addAll(config.notes());
        notes.addAll(modelRules.notes());
        List<DeviceConfig.InterfaceName> used = namesUsed();
        if (!used.isEmpty() && !sameNaming(used)) {
            List<String> modelled = modelledNames();
            notes.add(config.file() + ": interface names not compared: the rules use "
                    + String.join(", ", used.stream().map(DeviceConfig.InterfaceName::name).limit(8).toList())
                    + ", the model names the interfaces of " + ModelText.label(device) + " "
                    + (modelled.isEmpty() ? "not at all" : String.join(", ", modelled))
                    + "; name them as the device does to compare them");
        }
    }

    /** What was not compared, and why. */
    public List<String> notes() {
        return notes;
    }

    public List<RuleDiagnostic> findings(ModelValidator.Settings settings) {
        List<RuleDiagnostic> findings = new ArrayList<>();
        for (FirstMatch.Decision<DeviceRule> granted : deviceDecisions) {
            if (!granted.permit() || granted.effective().isEmpty()) {
                continue;
            }
            for (FirstMatch.Decision<FirewallRule> denied : modelDecisions) {
                if (denied.permit()) {
                    continue;
                }
                PacketSet both = granted.effective().intersect(denied.effective());
                if (!both.isEmpty()) {
                    String example = both.boxes().get(0).example();
                    String byModel = denied.rule() == null ? "the model's rule set denies it (no rule of "
                            + ModelText.label(device) + " permits it)"
                            : "the model's rule " + ModelText.label(denied.rule()) + " denies it";
                    Evidence evidence = evidence(granted.rule()).put("example", example);
                    add(findings, ExternalFindings.create(settings,
                            AsBuiltRules.definition(AsBuiltRules.DEVICE_PERMITS_DENIED), Severity.ERROR, device,
                            lineKey(granted.rule()), ModelText.label(device) + " permits " + example + " by "
                                    + describe(granted.rule()) + ", but " + byModel + ".",
                            denied.rule() == null ? List.of() : List.of(denied.rule()), evidence));
                    break;
                }
            }
        }
        for (FirstMatch.Decision<FirewallRule> allowed : modelDecisions) {
            if (!allowed.permit() || allowed.effective().isEmpty() || allowed.rule() == null) {
                continue;
            }
            for (FirstMatch.Decision<DeviceRule> refused : deviceDecisions) {
                if (refused.permit()) {
                    continue;
                }
                PacketSet both = allowed.effective().intersect(refused.effective());
                if (!both.isEmpty()) {
                    String example = both.boxes().get(0).example();
                    Evidence evidence = evidence(refused.rule()).put("example", example);
                    add(findings, ExternalFindings.create(settings,
                            AsBuiltRules.definition(AsBuiltRules.RULE_MISSING_ON_DEVICE), Severity.WARNING,
                            allowed.rule(), null, "The model's rule " + ModelText.label(allowed.rule())
                                    + " permits " + example + ", but " + ModelText.label(device) + " does not: "
                                    + describe(refused.rule()) + " drops it.",
                            List.of(device), evidence));
                    break;
                }
            }
        }
        for (int i = 0; i < deviceDecisions.size() - 1; i++) {
            FirstMatch.Decision<DeviceRule> decision = deviceDecisions.get(i);
            if (!decision.effective().isEmpty()) {
                continue;
            }
            DeviceRule rule = decision.rule();
            List<String> earlier = new ArrayList<>();
            for (int j = 0; j < i && earlier.size() < 3; j++) {
                DeviceRule before = deviceDecisions.get(j).rule();
                if (!before.match().intersect(rule.match()).isEmpty()) {
                    earlier.add(before.label() + " (line " + before.line() + ")");
                }
            }
            String why = rule.match().isEmpty() ? "matches no packet at all"
                    : "is shadowed: " + String.join(", ", earlier) + " already decide everything it matches";
            add(findings, ExternalFindings.create(settings,
                    AsBuiltRules.definition(AsBuiltRules.DEVICE_RULE_NEVER_MATCHES), Severity.WARNING, device,
                    lineKey(rule), ModelText.label(device) + ": " + describe(rule) + " " + why + ".", List.of(),
                    evidence(rule)));
        }
        addressFindings(settings, findings);
        ownAddressFindings(settings, findings);
        interfaceNameFindings(settings, findings);
        return findings;
    }

    /**
     * ASB-07 for configurations that list no interface addresses (iptables, nftables): an address the rules show to be
     * the device's own (the destination of traffic to the device, the source of traffic from it) that the device has
     * not in the model. One way only: such a configuration need not show every address of the device.
     */
    private void ownAddressFindings(ModelValidator.Settings settings, List<RuleDiagnostic> findings) {
        List<Ip> modelled = AddressBook.addresses(device);
        java.util.Set<Ip> reported = new java.util.HashSet<>();
        for (DeviceConfig.InterfaceAddress address : config.ownAddresses()) {
            Ip ip = Ip.parse(address.address());
            if (ip == null || modelled.contains(ip) || !isUnicast(ip) || !reported.add(ip)) {
                continue;
            }
            Asset owner = addresses.asset(ip);
            String elsewhere = owner != null && owner != device ? "; the model gives it to " + ModelText.label(owner)
                    : "";
            add(findings, ExternalFindings.create(settings,
                    AsBuiltRules.definition(AsBuiltRules.DEVICE_ADDRESS_DISAGREES), Severity.WARNING, device,
                    "device-" + ip, ModelText.label(device) + "'s configuration has a rule for traffic "
                            + (address.name().startsWith("-s") || address.name().contains("saddr") ? "from " : "to ")
                            + ip + " itself (" + address.name() + ", " + config.file() + ":"
                            + address.line() + "), so the device has that address, but no interface of the device "
                            + "has it in the model (it has " + (modelled.isEmpty() ? "none" : modelled.toString())
                            + ")" + elsewhere + ".",
                    owner != null && owner != device ? List.of(owner) : List.of(),
                    Evidence.at(config.file(), address.line()).put("address", ip.toString())));
        }
    }

    /**
     * ASB-07 for interface names the rules use (iptables -i/-o, nft iifname/oifname, netdev chains, flowtables): a
     * name that no interface of the device has in the model. Compared only when the model names the device's
     * interfaces as the device does (at least one name in common): a model whose interfaces are named by purpose
     * ("to control") would otherwise disagree with every rule, and that is a note, not a finding.
     */
    private void interfaceNameFindings(ModelValidator.Settings settings, List<RuleDiagnostic> findings) {
        List<DeviceConfig.InterfaceName> used = namesUsed();
        if (used.isEmpty() || !sameNaming(used)) {
            return; // the note says why (constructor)
        }
        List<String> modelled = modelledNames();
        for (DeviceConfig.InterfaceName name : used) {
            if (modelled.stream().anyMatch(name::names)) {
                continue;
            }
            add(findings, ExternalFindings.create(settings,
                    AsBuiltRules.definition(AsBuiltRules.DEVICE_ADDRESS_DISAGREES), Severity.WARNING, device,
                    "interface-" + name.name().replaceAll("[^A-Za-z0-9_.+*-]+", "-"), ModelText.label(device)
                            + "'s configuration uses interface " + ModelText.clip(name.name()) + " ("
                            + name.where() + ", " + config.file() + ":" + name.line()
                            + "), which the device has not in the model (it has " + String.join(", ", modelled)
                            + ").",
                    List.of(), Evidence.at(config.file(), name.line()).put("interface", name.name())));
        }
    }

    private List<DeviceConfig.InterfaceName> namesUsed() {
        return config.interfaceNames().stream().filter(name -> !name.name().equals("lo")).toList();
    }

    private List<String> modelledNames() {
        return device.getInterfaces().stream().map(NetworkInterface::getName).filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Whether the model names the device's interfaces as the configuration does: at least one name in common. */
    private boolean sameNaming(List<DeviceConfig.InterfaceName> used) {
        List<String> modelled = modelledNames();
        return used.stream().anyMatch(name -> modelled.stream().anyMatch(name::names));
    }

    /** Broadcast, multicast, loopback and the unspecified address are no interface's own. */
    private static boolean isUnicast(Ip ip) {
        if (ip.v6()) {
            return (ip.high() >>> 56) != 0xff && !(ip.high() == 0 && (ip.low() == 0 || ip.low() == 1));
        }
        long first = ip.low() >>> 24;
        return ip.low() != 0 && ip.low() != 0xffffffffL && first != 127 && (first < 224 || first > 239);
    }

    /** ASB-07: the interface addresses the configuration sets against the device's in the model, both ways. */
    private void addressFindings(ModelValidator.Settings settings, List<RuleDiagnostic> findings) {
        List<DeviceConfig.InterfaceAddress> configured = config.interfaces().stream()
                .filter(address -> !address.name().startsWith("static NAT")).toList();
        if (configured.isEmpty()) {
            return; // the format names no interface addresses (iptables, nftables)
        }
        List<Ip> modelled = AddressBook.addresses(device);
        List<Ip> onDevice = new ArrayList<>();
        for (DeviceConfig.InterfaceAddress address : configured) {
            Ip ip = Ip.parse(address.address());
            onDevice.add(ip);
            if (ip != null && !modelled.contains(ip)) {
                add(findings, ExternalFindings.create(settings,
                        AsBuiltRules.definition(AsBuiltRules.DEVICE_ADDRESS_DISAGREES), Severity.WARNING, device,
                        "device-" + ip, ModelText.label(device) + "'s configuration gives interface "
                                + ModelText.clip(address.name()) + " the address " + ip + " (" + config.file() + ":"
                                + address.line() + "), which no interface of the device has in the model (it has "
                                + (modelled.isEmpty() ? "none" : modelled.toString()) + ").",
                        List.of(), Evidence.at(config.file(), address.line()).put("address", ip.toString())));
            }
        }
        for (Ip ip : modelled) {
            if (!onDevice.contains(ip)) {
                add(findings, ExternalFindings.create(settings,
                        AsBuiltRules.definition(AsBuiltRules.DEVICE_ADDRESS_DISAGREES), Severity.WARNING, device,
                        "model-" + ip, "The model gives " + ModelText.label(device) + " the address " + ip
                                + ", which its configuration (" + config.file() + ") sets on no interface.",
                        List.of(), Evidence.at(config.file(), 0).put("address", ip.toString())));
            }
        }
    }

    private Evidence evidence(DeviceRule rule) {
        if (rule == null) {
            return Evidence.at(config.file(), 0).put("rule", "default policy "
                    + (config.defaultPermit() ? "permit" : "deny"));
        }
        return Evidence.at(config.file(), rule.line()).put("rule", rule.text());
    }

    private String describe(DeviceRule rule) {
        return rule == null ? "its default policy (" + (config.defaultPermit() ? "permit" : "deny") + ")"
                : rule.label() + " at " + config.file() + ":" + rule.line() + " (" + rule.text() + ")";
    }

    private static String lineKey(DeviceRule rule) {
        // By the rule's place in its chain or list, as the configuration names it: survives edits elsewhere.
        return rule == null ? "default" : rule.label().replaceAll("[^A-Za-z0-9_.-]+", "-");
    }

    private static void add(List<RuleDiagnostic> findings, RuleDiagnostic finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }
}
