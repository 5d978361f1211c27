package org.itot.attack.coverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ListeningService;
import org.itot.model.ModelElement;
import org.itot.model.RuleAction;
import org.itot.model.query.AssetQuery;
import org.itot.model.query.FirewallRuleQuery;

/**
 * The model facts that show a mitigation in place for a zone. Which mitigation each proves, and why,
 * is data ({@code mitigation-criteria.tsv}); this is only how each fact is read from the model.
 */
public enum Criterion {

    ENFORCED_CONDUITS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            if (zone.conduits().isEmpty()) {
                return new Evidence(Evidence.Status.IN_PLACE, "no conduits: the zone is isolated");
            }
            // As BND-01: only routable conduits can hold a firewall; serial, hard-wired and fieldbus links do not count.
            List<Conduit> routable = zone.conduits().stream().filter(Conduit::isRoutable).toList();
            if (routable.isEmpty()) {
                return new Evidence(Evidence.Status.IN_PLACE, "no routable conduits: only serial, hard-wired or fieldbus links");
            }
            return count(routable, c -> c.getEnforcedBy().stream().anyMatch(AssetQuery::isEnforcementDevice),
                    "conduits enforced");
        }
    },
    DENY_BY_DEFAULT {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.enforcingDevices(), Criterion::endsWithDeny, "enforcing devices ending with a deny-all rule");
        }
    },
    EXPLICIT_ALLOW_RULES {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.enforcingDevices(), Criterion::explicitAllowRules,
                    "enforcing devices with explicit, justified allow rules");
        }
    },
    MFA_REMOTE_ACCESS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            List<ModelElement> remote = new ArrayList<>(zone.remoteAccessFlows());
            zone.assets().stream().filter(Asset::isRemoteAccessEnabled).forEach(remote::add);
            if (remote.isEmpty()) {
                return new Evidence(Evidence.Status.IN_PLACE, "no remote access into the zone");
            }
            return count(remote, e -> e instanceof Flow flow ? flow.isMfa() : ((Asset) e).isMfa(),
                    "remote accesses with MFA");
        }
    },
    NO_INTERNET_EXPOSURE {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            List<ModelElement> exposures = new ArrayList<>();
            zone.assets().stream().filter(Asset::isInternetExposed).forEach(exposures::add);
            zone.conduits().stream().filter(Conduit::isUntrustedMedium)
                    .filter(c -> c.getEnforcedBy().isEmpty() || !c.isAuthenticated()).forEach(exposures::add);
            if (exposures.isEmpty()) {
                return new Evidence(Evidence.Status.IN_PLACE,
                        "no internet-exposed asset, untrusted conduits enforced and authenticated");
            }
            return new Evidence(Evidence.Status.NOT_IN_PLACE, "exposed: " + ids(exposures));
        }
    },
    NO_UNUSED_SERVICES {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            List<ListeningService> services = zone.assets().stream().flatMap(a -> a.getListeningServices().stream())
                    .toList();
            if (services.isEmpty()) {
                return new Evidence(Evidence.Status.NOT_IN_PLACE, "no listening services recorded, so none shown "
                        + "disabled");
            }
            // PRO-03's own query (rules/protocols.ocl asks it too): protocol and ports must both fit a flow
            List<Asset> unusedOn = zone.assets().stream().filter(asset -> !asset.getUnusedServices().isEmpty())
                    .toList();
            int unused = zone.assets().stream().mapToInt(asset -> asset.getUnusedServices().size()).sum();
            return Evidence.count(services.size() - unused, services.size(), "listening services used by a flow",
                    ids(unusedOn));
        }
    },
    MONITORED_CONDUITS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.conduits(), c -> !c.getMonitoredBy().isEmpty(), "conduits monitored");
        }
    },
    LOGS_FORWARDED {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.assets(), a -> !a.getLogsTo().isEmpty(), "assets forwarding logs");
        }
    },
    CREDENTIALS_HARDENED {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.assets(), a -> a.isDefaultCredentialsChanged() && !a.isHardcodedCredentials(),
                    "assets with changed default and no hard-coded credentials");
        }
    },
    PATCH_SOURCE {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(computers(zone), a -> a.getPatchSource() != null, "computers with a patch source");
        }
    },
    AV_SOURCE {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(computers(zone), a -> a.getAvSource() != null, "computers with an anti-malware source");
        }
    },
    AUTHENTICATED_PROTOCOLS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.incomingFlows(), f -> f.getProtocol() != null && f.getProtocol().isAuthenticates()
                    && f.getProtocol().isIntegrityProtected(), "flows into the zone authenticated");
        }
    },
    ENCRYPTED_UNTRUSTED_CONDUITS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.conduits().stream().filter(Conduit::isUntrustedMedium).toList(),
                    Conduit::isEncrypted, "conduits over untrusted media encrypted");
        }
    },
    CONTROLLED_WRITES {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            // PRO-02's own tests: the writer's type and where it sits (the controller's zone or an adjacent
            // level 2-3 industrial zone)
            return count(zone.incomingFlows().stream().filter(Flow::isControllerWrite).toList(),
                    Flow::isFromAuthorisedWriter, "writes to controllers from authorised engineering assets");
        }
    },
    INDIVIDUAL_ACCOUNTS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.incomingFlows().stream()
                    .filter(f -> f.getOperation() == FlowOperation.INTERACTIVE_SESSION).toList(),
                    f -> f.getRole() != null && !f.getRole().isShared(), "interactive sessions under named roles");
        }
    },
    APPROVED_REMOTE_ACCESS {
        @Override
        Evidence evaluate(ZoneFacts zone) {
            return count(zone.remoteAccessFlows(), Flow::isApprovalRequired, "remote-access flows needing approval");
        }
    };

    /** General-purpose computers, which take patches and anti-malware (controllers and network gear do not). */
    static final Set<AssetType> COMPUTERS = EnumSet.of(AssetType.HMI, AssetType.CONTROL_SERVER,
            AssetType.DATA_HISTORIAN, AssetType.HISTORIAN_MIRROR, AssetType.ENGINEERING_WORKSTATION,
            AssetType.JUMP_HOST, AssetType.DOMAIN_CONTROLLER, AssetType.PATCH_SERVER, AssetType.AV_SERVER,
            AssetType.BACKUP_SERVER, AssetType.SIEM, AssetType.SOAR, AssetType.MES, AssetType.APPLICATION_SERVER,
            AssetType.FILE_TRANSFER_BROKER, AssetType.WORKSTATION, AssetType.TRANSIENT_DEVICE,
            AssetType.MAIL_SERVER, AssetType.ERP);

    abstract Evidence evaluate(ZoneFacts zone);

    private static List<Asset> computers(ZoneFacts zone) {
        return zone.assets().stream().filter(a -> COMPUTERS.contains(a.getType())).toList();
    }

    private static <T extends ModelElement> Evidence count(List<? extends T> elements, Predicate<T> passes,
            String what) {
        List<T> failing = new ArrayList<>();
        int passing = 0;
        for (T element : elements) {
            if (passes.test(element)) {
                passing++;
            } else {
                failing.add(element);
            }
        }
        return Evidence.count(passing, elements.size(), what, ids(failing));
    }

    private static String ids(List<? extends ModelElement> elements) {
        String shown = elements.stream().limit(5).map(e -> e.getId() != null ? e.getId() : e.getName())
                .collect(Collectors.joining(", "));
        return elements.size() > 5 ? shown + " and " + (elements.size() - 5) + " more" : shown;
    }

    /** A data diode denies by construction; a firewall by BND-02's own query, a last rule that denies all. */
    private static boolean endsWithDeny(Asset device) {
        return device.hasRole(AssetType.DATA_DIODE) || device.endsWithDenyAll();
    }

    private static boolean explicitAllowRules(Asset device) {
        if (device.hasRole(AssetType.DATA_DIODE)) {
            return true;
        }
        List<FirewallRule> allows = device.getFirewallRules().stream().filter(r -> r.getAction() == RuleAction.ALLOW)
                .toList();
        return !allows.isEmpty() && allows.stream().allMatch(r -> r.getSource() != null && r.getDestination() != null
                && !FirewallRuleQuery.isAnyService(r) && !r.getJustifiedBy().isEmpty());
    }
}
