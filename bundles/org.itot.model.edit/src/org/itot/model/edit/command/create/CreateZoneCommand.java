package org.itot.model.edit.command.create;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.edit.command.ElementIds;

/** Creates a zone of a kind at a Purdue level, at the top of a model or as a sub-zone of another zone. */
public class CreateZoneCommand extends CreateElementCommand<Zone, CreateZoneCommand> {

    public static final String LABEL = "Create Zone";

    private final EObject container;
    private final EReference containment;
    // Kept apart from the zone: its enum attributes cannot hold null, so a missing kind or level would go unnoticed.
    private final ZoneKind kind;
    private final PurdueLevel level;

    /** A top-level zone of the model. */
    public CreateZoneCommand(EditingDomain domain, ArchitectureModel model, ZoneKind kind, PurdueLevel level) {
        this(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__ZONES, kind, level);
    }

    /** A sub-zone of {@code parent}. */
    public CreateZoneCommand(EditingDomain domain, Zone parent, ZoneKind kind, PurdueLevel level) {
        this(domain, parent, ItotPackage.Literals.ZONE__SUB_ZONES, kind, level);
    }

    private CreateZoneCommand(EditingDomain domain, EObject container, EReference containment, ZoneKind kind,
            PurdueLevel level) {
        super(LABEL, "Creates a zone of a kind at a Purdue level", domain, ItotFactory.eINSTANCE.createZone(),
                ElementIds.ZONE_PREFIX);
        this.container = container;
        this.containment = containment;
        this.kind = kind;
        this.level = level;
        if (kind != null) {
            getZone().setKind(kind);
        }
        if (level != null) {
            getZone().setPurdueLevel(level);
        }
    }

    public Zone getZone() {
        return getElement();
    }

    @Override
    protected EObject container() {
        return container;
    }

    @Override
    protected EReference containment() {
        return containment;
    }

    @Override
    protected boolean isValidInput() {
        return kind != null && level != null;
    }
}
