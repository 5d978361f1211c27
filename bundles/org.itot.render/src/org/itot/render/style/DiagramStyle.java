package org.itot.render.style;

import static org.itot.model.AssetType.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.render.Rgb;

/**
 * The diagram description, as data in one place (Sirius's mapping idea, kept small): which element
 * types are containers, nodes and edges, their styles per zone kind and asset type, the Purdue
 * bands, and the conditional styles for findings and untrusted media. Adding an asset type means
 * adding one {@link #ASSETS} entry; the painter reads only this class.
 */
public final class DiagramStyle {

    /** How an element type appears on a diagram. */
    public enum Mapping {
        CONTAINER, NODE, EDGE, NONE
    }

    /** An asset type's icon and the type label printed under the asset's name. */
    public record AssetLook(IconShape icon, String label) {
    }

    public static final Rgb BACKGROUND = Rgb.of(0xffffff);
    public static final Rgb TEXT = Rgb.of(0x1f2933);
    public static final Rgb TEXT_MUTED = Rgb.of(0x52606d);
    public static final Rgb ASSET_FILL = Rgb.of(0xffffff);
    public static final Rgb ASSET_BORDER = Rgb.of(0x9aa5b1);
    public static final Rgb NOTE_FILL = Rgb.of(0xfff8c5);
    public static final Rgb NOTE_BORDER = Rgb.of(0xd4c26a);
    public static final Rgb ERROR = Rgb.of(0xd62828);
    public static final Rgb WARNING = Rgb.of(0xf28c28);
    public static final Rgb MISSING = Rgb.of(0xc0392b);
    /** The overlay of a highlighted attack path: magenta, a colour no zone, edge or finding uses. */
    public static final Rgb HIGHLIGHT = Rgb.of(0xd0108c);
    public static final double HIGHLIGHT_WIDTH = 7;
    public static final double HIGHLIGHT_ALPHA = 0.55;
    public static final Rgb MISSING_FILL = Rgb.of(0xfdecea);

    public static final double ZONE_RADIUS = 10;
    public static final double ZONE_TITLE_HEIGHT = 30;
    public static final double ASSET_RADIUS = 6;
    /** Room left of the drawing for the band labels. */
    public static final double BAND_GUTTER = 130;
    public static final double BAND_PADDING = 12;

    public static final EdgeStyle CONDUIT = new EdgeStyle(Rgb.of(0x616e7c), 4, new double[0], false);
    public static final EdgeStyle FLOW = new EdgeStyle(Rgb.of(0x2b6cb0), 1.5, new double[0], true);
    public static final double[] UNTRUSTED_DASH = { 10, 6 };
    public static final Set<ConduitMedium> UNTRUSTED_MEDIA = EnumSet.of(ConduitMedium.WAN, ConduitMedium.INTERNET,
            ConduitMedium.CELLULAR, ConduitMedium.RADIO, ConduitMedium.SATELLITE);

    /** Top to bottom. */
    public static final List<Band> BANDS = List.of(
            new Band("External", "Ext", "Internet, cloud, vendors", EnumSet.of(PurdueLevel.EXTERNAL), Rgb.of(0xf3f4f6),
                    Rgb.of(0x52606d)),
            new Band("Level 5/4", "L5/4", "Enterprise", EnumSet.of(PurdueLevel.LEVEL_5, PurdueLevel.LEVEL_4),
                    Rgb.of(0xeaf2fb), Rgb.of(0x1f4e79)),
            new Band("Level 3.5", "L3.5", "iDMZ", EnumSet.of(PurdueLevel.LEVEL_35), Rgb.of(0xfdf3e1), Rgb.of(0x8a5a00)),
            new Band("Level 3", "L3", "Site operations", EnumSet.of(PurdueLevel.LEVEL_3), Rgb.of(0xedf7ee),
                    Rgb.of(0x2f6b3a)),
            new Band("Level 2", "L2", "Supervisory control", EnumSet.of(PurdueLevel.LEVEL_2), Rgb.of(0xe6f4e8),
                    Rgb.of(0x2f6b3a)),
            new Band("Level 1", "L1", "Basic control", EnumSet.of(PurdueLevel.LEVEL_1), Rgb.of(0xdff0e3),
                    Rgb.of(0x2f6b3a)),
            new Band("Level 0", "L0", "Process", EnumSet.of(PurdueLevel.LEVEL_0), Rgb.of(0xe9f3f2), Rgb.of(0x2c6e6a)));

    private static final Map<ZoneKind, ZoneStyle> ZONES = new EnumMap<>(ZoneKind.class);
    private static final Map<AssetType, AssetLook> ASSETS = new EnumMap<>(AssetType.class);

    static {
        ZoneStyle enterprise = zone(0xd6e6f7, 0x2f6fb5, 0x2f6fb5);
        ZoneStyle idmz = zone(0xfde7bf, 0xc98a0b, 0xc98a0b);
        ZoneStyle operations = zone(0xd3ecd7, 0x3f8f4f, 0x3f8f4f);
        ZoneStyle control = zone(0xc9e7cf, 0x2e7d3e, 0x2e7d3e);
        ZoneStyle external = zone(0xe4e7eb, 0x7b8794, 0x7b8794);
        ZONES.put(ZoneKind.ENTERPRISE, enterprise);
        ZONES.put(ZoneKind.SITE_BUSINESS, enterprise);
        ZONES.put(ZoneKind.IDMZ, idmz);
        ZONES.put(ZoneKind.SITE_OPERATIONS, operations);
        ZONES.put(ZoneKind.SUPERVISORY, operations);
        ZONES.put(ZoneKind.BASIC_CONTROL, control);
        ZONES.put(ZoneKind.PROCESS, zone(0xcfe9e6, 0x2c8278, 0x2c8278));
        ZONES.put(ZoneKind.SAFETY, zone(0xf8d4d4, 0xb83232, 0xb83232));
        ZONES.put(ZoneKind.WIRELESS, zone(0xe3dcf5, 0x6b4fbb, 0x6b4fbb));
        ZONES.put(ZoneKind.TRANSIENT, zone(0xf1e3f0, 0x9c4f96, 0x9c4f96));
        ZONES.put(ZoneKind.REMOTE_ACCESS, idmz);
        ZONES.put(ZoneKind.VENDOR_EXTERNAL, external);
        ZONES.put(ZoneKind.INTERNET, external);
        ZONES.put(ZoneKind.CLOUD, zone(0xdde8f0, 0x6d8aa3, 0x6d8aa3));
        ZONES.put(ZoneKind.WAN, external);

        asset(PLC, IconShape.CONTROLLER, "PLC");
        asset(RTU, IconShape.CONTROLLER, "RTU");
        asset(IED, IconShape.CONTROLLER, "IED");
        asset(SAFETY_CONTROLLER, IconShape.CONTROLLER, "Safety controller");
        asset(DCS_CONTROLLER, IconShape.CONTROLLER, "DCS controller");
        asset(PAC, IconShape.CONTROLLER, "PAC");
        asset(FIELD_IO, IconShape.IO_MODULE, "Field I/O");
        asset(SENSOR, IconShape.SENSOR_PROBE, "Sensor");
        asset(ACTUATOR, IconShape.FIELD_DEVICE, "Actuator");
        asset(HMI, IconShape.HMI, "HMI");
        asset(CONTROL_SERVER, IconShape.SERVER, "Control server");
        asset(DATA_HISTORIAN, IconShape.SERVER, "Historian");
        asset(HISTORIAN_MIRROR, IconShape.SERVER, "Historian mirror");
        asset(ENGINEERING_WORKSTATION, IconShape.WORKSTATION, "Engineering workstation");
        asset(JUMP_HOST, IconShape.SERVER, "Jump host");
        asset(VPN_SERVER, IconShape.SERVER, "VPN server");
        asset(REMOTE_ACCESS_GATEWAY, IconShape.SERVER, "Remote-access gateway");
        asset(FIREWALL, IconShape.FIREWALL, "Firewall");
        asset(DATA_DIODE, IconShape.DIODE, "Data diode");
        asset(IDS, IconShape.SENSOR_PROBE, "IDS");
        asset(IPS, IconShape.FIREWALL, "IPS");
        asset(NSM_SENSOR, IconShape.SENSOR_PROBE, "Network sensor");
        asset(SWITCH, IconShape.NETWORK, "Switch");
        asset(ROUTER, IconShape.NETWORK, "Router");
        asset(WIRELESS_AP, IconShape.WIRELESS, "Wireless AP");
        asset(DOMAIN_CONTROLLER, IconShape.SERVER, "Domain controller");
        asset(PATCH_SERVER, IconShape.SERVER, "Patch server");
        asset(AV_SERVER, IconShape.SERVER, "AV server");
        asset(BACKUP_SERVER, IconShape.SERVER, "Backup server");
        asset(SIEM, IconShape.SERVER, "SIEM");
        asset(SOAR, IconShape.SERVER, "SOAR");
        asset(ERP, IconShape.SERVER, "ERP");
        asset(MES, IconShape.SERVER, "MES");
        asset(MAIL_SERVER, IconShape.SERVER, "Mail server");
        asset(APPLICATION_SERVER, IconShape.SERVER, "Application server");
        asset(DATA_GATEWAY, IconShape.SERVER, "Data gateway");
        asset(PROTOCOL_GATEWAY, IconShape.SERVER, "Protocol gateway");
        asset(REVERSE_PROXY, IconShape.SERVER, "Reverse proxy");
        asset(FILE_TRANSFER_BROKER, IconShape.SERVER, "File transfer broker");
        asset(WORKSTATION, IconShape.WORKSTATION, "Workstation");
        asset(TRANSIENT_DEVICE, IconShape.WORKSTATION, "Transient device");
        asset(CLOUD_SERVICE, IconShape.CLOUD, "Cloud service");
        asset(MODEM, IconShape.WIRELESS, "Modem");
        asset(EXTERNAL_ENTITY, IconShape.EXTERNAL, "External entity");
        asset(PROTOCOL_GATEWAY, IconShape.SERVER, "Protocol gateway");
    }

    private DiagramStyle() {
    }

    public static Mapping mapping(EObject element) {
        if (element instanceof Zone) {
            return Mapping.CONTAINER;
        }
        if (element instanceof Asset) {
            return Mapping.NODE;
        }
        if (element instanceof Conduit || element instanceof Flow) {
            return Mapping.EDGE;
        }
        return Mapping.NONE;
    }

    public static ZoneStyle zone(ZoneKind kind) {
        return ZONES.getOrDefault(kind, ZONES.get(ZoneKind.VENDOR_EXTERNAL));
    }

    /** The zone kind as printed in the zone's title bar. */
    public static String zoneKindLabel(ZoneKind kind) {
        return switch (kind) {
        case ENTERPRISE -> "Enterprise";
        case SITE_BUSINESS -> "Site business";
        case IDMZ -> "iDMZ";
        case SITE_OPERATIONS -> "Site operations";
        case SUPERVISORY -> "Supervisory";
        case BASIC_CONTROL -> "Basic control";
        case PROCESS -> "Process";
        case SAFETY -> "Safety";
        case WIRELESS -> "Wireless";
        case TRANSIENT -> "Transient";
        case REMOTE_ACCESS -> "Remote access";
        case VENDOR_EXTERNAL -> "Vendor";
        case INTERNET -> "Internet";
        case CLOUD -> "Cloud";
        case WAN -> "WAN";
        };
    }

    public static AssetLook asset(AssetType type) {
        return ASSETS.getOrDefault(type, new AssetLook(IconShape.SERVER, type.getLiteral()));
    }

    public static Band band(PurdueLevel level) {
        return BANDS.stream().filter(band -> band.levels().contains(level)).findFirst().orElseThrow();
    }

    /** Conduit or flow style, dashed when the medium is untrusted or an end is wireless. */
    public static EdgeStyle edge(EObject element) {
        if (element instanceof Conduit conduit) {
            return UNTRUSTED_MEDIA.contains(conduit.getMedium()) ? CONDUIT.withDash(UNTRUSTED_DASH) : CONDUIT;
        }
        if (element instanceof Flow flow) {
            boolean wireless = isWireless(flow.getSource()) || isWireless(flow.getTarget());
            return wireless ? FLOW.withDash(UNTRUSTED_DASH) : FLOW;
        }
        return CONDUIT;
    }

    private static boolean isWireless(Asset asset) {
        return asset != null && asset.isWireless();
    }

    /** The finding colour for an EMF {@link Diagnostic} severity, or null below warning. */
    public static Rgb findingColour(int severity) {
        if (severity >= Diagnostic.ERROR) {
            return ERROR;
        }
        return severity >= Diagnostic.WARNING ? WARNING : null;
    }

    private static ZoneStyle zone(int fill, int border, int titleBar) {
        return new ZoneStyle(Rgb.of(fill), Rgb.of(border), Rgb.of(titleBar), Rgb.of(0xffffff));
    }

    private static void asset(AssetType type, IconShape icon, String label) {
        ASSETS.put(type, new AssetLook(icon, label));
    }
}
