package org.itot.model.edit.command.create;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Protocol;
import org.itot.model.edit.command.ElementIds;

/**
 * Adds a flow from a source asset to a different target asset of the same model, with the protocol it uses and the
 * operation it performs. The protocol may be left out (not known yet); if given it must be one of the model's.
 */
public class AddFlowCommand extends CreateElementCommand<Flow, AddFlowCommand> {

    public static final String LABEL = "Add Flow";

    private final Asset source;
    private final Asset target;
    private final Protocol protocol;
    // Kept apart from the flow: its enum attribute cannot hold null, so a missing operation would go unnoticed.
    private final FlowOperation operation;

    public AddFlowCommand(EditingDomain domain, Asset source, Asset target, Protocol protocol,
            FlowOperation operation) {
        super(LABEL, "Adds a flow between two assets", domain, ItotFactory.eINSTANCE.createFlow(),
                ElementIds.FLOW_PREFIX);
        this.source = source;
        this.target = target;
        this.protocol = protocol;
        this.operation = operation;
        Flow flow = getFlow();
        flow.setSource(source);
        flow.setTarget(target);
        flow.setProtocol(protocol);
        if (operation != null) {
            flow.setOperation(operation);
        }
    }

    public Flow getFlow() {
        return getElement();
    }

    @Override
    protected EObject container() {
        return modelOf(source);
    }

    @Override
    protected EReference containment() {
        return ItotPackage.Literals.ARCHITECTURE_MODEL__FLOWS;
    }

    @Override
    protected boolean isValidInput() {
        ArchitectureModel model = modelOf(source);
        return target != null && source != target && operation != null && model != null && model == modelOf(target)
                && (protocol == null || model.getProtocols().contains(protocol));
    }

    private static ArchitectureModel modelOf(EObject element) {
        return element != null && EcoreUtil.getRootContainer(element) instanceof ArchitectureModel model ? model : null;
    }
}
