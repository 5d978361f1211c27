package org.itot.asbuilt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.ItotFactory;
import org.itot.model.Protocol;
import org.itot.model.Transport;
import org.itot.model.query.PortRanges;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.rules.Catalogue;

/**
 * Whether an observed session, were it a flow of the model, would break a design rule (a workstation talking to a
 * PLC across levels breaks SEG rules): the session is added as a flow to a copy of the model, never to the model
 * itself, and the catalogue's flow rules are evaluated on it.
 */
public final class DesignCheck {

    /** Beyond this many distinct sessions the rest are not checked (each costs a rule evaluation). */
    private static final int MAX_CHECKS = 500;

    private final ArchitectureModel original;
    private final ModelValidator validator = new ModelValidator(Catalogue.builtIn());
    private ArchitectureModel copy;
    private EcoreUtil.Copier copier;
    private ModelValidator.Settings settings;
    private final Map<String, String> cache = new HashMap<>();
    private int checks;
    private final Map<Asset, Set<String>> endFindings = new HashMap<>();

    public DesignCheck(ArchitectureModel model) {
        this.original = model;
    }

    /** e.g. {@code "; as a flow it would also break SEG-01 (...)"}, or "" when it breaks none (or was not checked). */
    private Set<String> findingIds(Asset asset) {
        return endFindings.computeIfAbsent(asset, a -> {
            Set<String> ids = new HashSet<>();
            validator.validateElement(a, settings).forEach(finding -> ids.add(finding.findingId()));
            return ids;
        });
    }

    String brokenRules(TrafficReconciliation.UndocumentedSession session) {
        String key = session.source().getId() + ">" + session.target().getId() + "|" + session.transport() + "/"
                + session.port();
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (checks++ >= MAX_CHECKS) {
            return "";
        }
        if (copy == null) {
            copier = new EcoreUtil.Copier();
            copy = (ArchitectureModel) copier.copy(original);
            copier.copyReferences();
            settings = ModelValidator.Settings.of(copy);
        }
        Flow flow = ItotFactory.eINSTANCE.createFlow();
        flow.setId("observed-session");
        flow.setName("observed " + session.transport() + "/" + session.port());
        flow.setSource((Asset) copier.get(session.source()));
        flow.setTarget((Asset) copier.get(session.target()));
        Protocol protocol = ServiceMatch.protocol(original, session.transport(), session.port());
        if (protocol != null) {
            flow.setProtocol((Protocol) copier.get(protocol));
        }
        if (session.port() >= 0 && (session.transport().equals("tcp") || session.transport().equals("udp"))) {
            flow.getPorts().add(PortRanges.of(session.transport().equals("tcp") ? Transport.TCP : Transport.UDP,
                    session.port(), session.port()));
        }
        Asset source = flow.getSource();
        Asset target = flow.getTarget();
        // The ends' findings before the flow: only what the flow adds to them is its doing.
        Set<String> before = new HashSet<>(findingIds(source));
        before.addAll(findingIds(target));
        copy.getFlows().add(flow);
        Set<String> broken = new LinkedHashSet<>();
        try {
            List<RuleDiagnostic> findings = new ArrayList<>(validator.validateElement(flow, settings));
            findings.addAll(validator.validateElement(source, settings));
            findings.addAll(validator.validateElement(target, settings));
            for (RuleDiagnostic finding : findings) {
                if (!finding.ruleId().startsWith("ASB-") && finding.getSeverity() >= Diagnostic.WARNING
                        && !before.contains(finding.findingId())) {
                    broken.add(finding.ruleId() + " (" + finding.rule().title() + ")");
                }
            }
        } finally {
            copy.getFlows().remove(flow);
        }
        String text = broken.isEmpty() ? "" : "; as a flow it would also break " + String.join(", ", broken);
        cache.put(key, text);
        return text;
    }
}
