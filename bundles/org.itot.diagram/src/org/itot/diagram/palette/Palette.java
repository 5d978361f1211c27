package org.itot.diagram.palette;

import static org.itot.model.AssetType.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.itot.diagram.palette.PaletteEntry.Kind;
import org.itot.model.AssetType;
import org.itot.model.PurdueLevel;
import org.itot.model.ZoneKind;
import org.itot.render.style.DiagramStyle;

/**
 * The diagram palette as data (the tools half of the diagram description; looks live in {@link DiagramStyle}): zones by
 * kind, assets by group, connections, notes. Asset labels come from the style, so a new asset type needs one entry
 * there and one here.
 */
public final class Palette {

    /** A titled group of palette tools. */
    public record Group(String title, List<PaletteEntry> entries) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Zones", List.of(
                    PaletteEntry.zone("Enterprise (L4)", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4),
                    PaletteEntry.zone("Industrial DMZ (L3.5)", ZoneKind.IDMZ, PurdueLevel.LEVEL_35),
                    PaletteEntry.zone("Site operations (L3)", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3),
                    PaletteEntry.zone("Supervisory (L2)", ZoneKind.SUPERVISORY, PurdueLevel.LEVEL_2),
                    PaletteEntry.zone("Basic control (L1)", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1),
                    PaletteEntry.zone("Safety (L1)", ZoneKind.SAFETY, PurdueLevel.LEVEL_1),
                    PaletteEntry.zone("Process (L0)", ZoneKind.PROCESS, PurdueLevel.LEVEL_0),
                    PaletteEntry.zone("Wireless (L2)", ZoneKind.WIRELESS, PurdueLevel.LEVEL_2),
                    PaletteEntry.zone("Remote access (L3.5)", ZoneKind.REMOTE_ACCESS, PurdueLevel.LEVEL_35),
                    PaletteEntry.zone("Internet", ZoneKind.INTERNET, PurdueLevel.EXTERNAL),
                    PaletteEntry.zone("Vendor", ZoneKind.VENDOR_EXTERNAL, PurdueLevel.EXTERNAL))),
            assets("Control", PLC, RTU, DCS_CONTROLLER, SAFETY_CONTROLLER, HMI, CONTROL_SERVER, DATA_HISTORIAN,
                    ENGINEERING_WORKSTATION),
            assets("Field", FIELD_IO, SENSOR, ACTUATOR, IED),
            assets("Network security", FIREWALL, DATA_DIODE, IDS, NSM_SENSOR, SWITCH, ROUTER, WIRELESS_AP,
                    JUMP_HOST, VPN_SERVER, REMOTE_ACCESS_GATEWAY),
            assets("IT", DOMAIN_CONTROLLER, PATCH_SERVER, AV_SERVER, SIEM, BACKUP_SERVER, HISTORIAN_MIRROR,
                    REVERSE_PROXY, FILE_TRANSFER_BROKER, ERP, MES, WORKSTATION, APPLICATION_SERVER),
            assets("External", CLOUD_SERVICE, EXTERNAL_ENTITY, TRANSIENT_DEVICE, MODEM),
            new Group("Connections", List.of(PaletteEntry.other(Kind.CONDUIT, "Conduit", 0, 0),
                    PaletteEntry.other(Kind.FLOW, "Flow", 0, 0))),
            new Group("Annotations", List.of(PaletteEntry.other(Kind.NOTE, "Note", 180, 80))));

    private Palette() {
    }

    public static List<Group> groups() {
        return GROUPS;
    }

    public static Optional<PaletteEntry> entry(String id) {
        return GROUPS.stream().flatMap(group -> group.entries().stream()).filter(e -> e.id().equals(id)).findFirst();
    }

    public static PaletteEntry asset(AssetType type) {
        return entry("asset." + type.getLiteral()).orElseGet(() -> PaletteEntry.asset(type, label(type)));
    }

    public static PaletteEntry of(Kind kind) {
        return GROUPS.stream().flatMap(group -> group.entries().stream()).filter(e -> e.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static Group assets(String title, AssetType... types) {
        return new Group(title, Arrays.stream(types).map(type -> PaletteEntry.asset(type, label(type))).toList());
    }

    private static String label(AssetType type) {
        return DiagramStyle.asset(type).label();
    }
}
