package org.itot.model.template;

import static org.itot.model.FlowOperation.AUTHENTICATION;
import static org.itot.model.FlowOperation.FILE_TRANSFER;
import static org.itot.model.FlowOperation.INTERACTIVE_SESSION;
import static org.itot.model.FlowOperation.LOGGING;
import static org.itot.model.FlowOperation.PATCH;
import static org.itot.model.FlowOperation.PROGRAM_DOWNLOAD;
import static org.itot.model.FlowOperation.READ;
import static org.itot.model.FlowOperation.REPLICATION;
import static org.itot.model.FlowOperation.TIME;
import static org.itot.model.FlowOperation.WRITE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Criticality;
import org.itot.model.Flow;
import org.itot.model.Ownership;
import org.itot.model.PortRange;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;

/**
 * Generates realistic plants of any size for tests and benchmarks: an enterprise shared by
 * sites of about 2,500 assets, each site a full Purdue stack (its own iDMZ between two firewalls,
 * site operations, and cells of about 200 assets with supervisory, control and process zones),
 * about four flows per asset and firewall rules for every cross-zone flow. The same seed gives
 * the same model.
 */
public final class SyntheticPlant {

    /** The smallest plant: the enterprise, one site and one cell with one device of each kind. */
    public static final int MINIMUM_ASSETS = 40;

    static final int SITE_SIZE = 2500;
    static final int CELL_SIZE = 200;
    private static final int INTERNET_ASSETS = 2;
    private static final int CLOUD_ASSETS = 1;
    private static final int ENTERPRISE_SERVERS = 7;
    private static final int IDMZ_ASSETS = 11;
    private static final int OPERATIONS_SERVERS = 8;
    private static final int CELL_MINIMUM = 7;
    private static final int HMI_CONTROLLERS = 4;

    private static final String IT_ORG = "Corporate IT";
    private static final String JOINT_ORG = "IT/OT security board";

    /** Controller families with the protocol their SCADA and engineering use, and the one to their devices. */
    private record Family(String vendor, String controller, String firmware, String controlProtocol,
            PortRange controlPort, String deviceProtocol, PortRange devicePort) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Rockwell Automation", "ControlLogix 5580", "35.011", "P-CIP-SECURITY", PortRanges.tcp(2221),
                    "P-ENIP", PortRanges.tcp(44818)),
            new Family("Siemens", "SIMATIC S7-1500", "V3.1", "P-S7COMM-PLUS", PortRanges.tcp(102), "P-PROFINET",
                    PortRanges.udp(34964)),
            new Family("Schneider Electric", "Modicon M580", "4.10", "P-MODBUS-TLS", PortRanges.tcp(802),
                    "P-MODBUS-TCP", PortRanges.tcp(502)),
            new Family("ABB", "AC500 V3", "3.7.0", "P-OPC-UA", PortRanges.tcp(4840), "P-MODBUS-TCP",
                    PortRanges.tcp(502)));
    private static final String[][] SENSORS = { { "Endress+Hauser", "Promag W 400", "1.06" },
            { "Emerson", "Rosemount 3051S", "7.2" }, { "VEGA", "VEGAPULS 6X", "1.4.0" },
            { "Yokogawa", "EJA110E", "2.03" } };
    private static final String[][] ACTUATORS = { { "Samson", "3730-3 positioner", "1.62" },
            { "Rockwell Automation", "PowerFlex 755T", "14.002" }, { "Siemens", "SINAMICS G120", "4.7.14" },
            { "Danfoss", "VLT AQUA FC 202", "1.43" } };

    private final Random random;
    private final ModelBuilder b;
    private int zoneNumber;

    // Enterprise services every site uses.
    private Asset vendorEngineer;
    private Asset updates;
    private Asset saas;
    private Asset perimeter;
    private Asset corporateDc;
    private Asset corporateWsus;
    private Asset corporateAv;
    private Asset corporateSiem;
    private Asset erp;
    private Asset mail;
    private Zone enterprise;
    private final List<Asset> workstations = new ArrayList<>();

    private SyntheticPlant(long seed) {
        random = new Random(seed);
        b = new ModelBuilder("MODEL", "Synthetic plant", "F-%06d");
    }

    /**
     * @param assets the number of assets the plant has, at least {@link #MINIMUM_ASSETS}
     * @throws IllegalArgumentException for fewer assets
     */
    public static ArchitectureModel generate(int assets, long seed) {
        if (assets < MINIMUM_ASSETS) {
            throw new IllegalArgumentException("a synthetic plant needs at least " + MINIMUM_ASSETS + " assets, not "
                    + assets);
        }
        return new SyntheticPlant(seed).build(assets);
    }

    private ArchitectureModel build(int assets) {
        ArchitectureModel model = b.model;
        model.setName("Synthetic plant (" + assets + " assets)");
        model.setDescription("Generated by SyntheticPlant for tests and benchmarks.");
        model.setOwnerOrganisation("Synthetic Industries");

        int workstationCount = Math.max(2, assets / 50);
        int sites = Math.max(1, (assets + SITE_SIZE / 2) / SITE_SIZE);
        int remaining = assets - INTERNET_ASSETS - CLOUD_ASSETS - ENTERPRISE_SERVERS - workstationCount
                - sites * (IDMZ_ASSETS + OPERATIONS_SERVERS);
        int cells = Math.max(sites, Math.round(remaining / (float) CELL_SIZE));
        int[] cellsPerSite = spread(cells, sites);
        int[] scadaPerSite = new int[sites];
        int[] ewsPerSite = new int[sites];
        for (int s = 0; s < sites; s++) {
            scadaPerSite[s] = (cellsPerSite[s] + 5) / 6;
            ewsPerSite[s] = (cellsPerSite[s] + 3) / 4;
            remaining -= scadaPerSite[s] + ewsPerSite[s];
        }
        int[] cellSizes = spread(remaining, cells);
        if (cellSizes[cells - 1] < CELL_MINIMUM) {
            throw new IllegalStateException("plan for " + assets + " assets leaves a cell with fewer than "
                    + CELL_MINIMUM + " assets");
        }

        enterprise(workstationCount);
        int cell = 0;
        for (int s = 0; s < sites; s++) {
            int[] sizes = new int[cellsPerSite[s]];
            System.arraycopy(cellSizes, cell, sizes, 0, sizes.length);
            site(s + 1, scadaPerSite[s], ewsPerSite[s], sizes);
            cell += sizes.length;
        }
        FirewallRuleDerivation.derive(model, FirewallRuleDerivation.Destination.ZONE);
        return model;
    }

    private void enterprise(int workstationCount) {
        Zone internet = zone("Z-INTERNET", "Internet", ZoneKind.INTERNET, PurdueLevel.EXTERNAL, Ownership.IT, IT_ORG, 0,
                false);
        Zone cloud = zone("Z-CLOUD", "Cloud tenancy", ZoneKind.CLOUD, PurdueLevel.EXTERNAL, Ownership.IT, IT_ORG, 2,
                false);
        enterprise = zone("Z-ENT", "Enterprise IT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4, Ownership.IT, IT_ORG, 2,
                true);
        vendorEngineer = asset(internet, "EXT-VENDOR", "Remote vendor engineer", AssetType.EXTERNAL_ENTITY,
                Criticality.LOW, null);
        vendorEngineer.setOwner(Ownership.VENDOR);
        updates = asset(internet, "EXT-UPDATES", "Software update services", AssetType.EXTERNAL_ENTITY,
                Criticality.LOW, null);
        saas = asset(cloud, "CLD-SAAS", "Collaboration suite (SaaS)", AssetType.CLOUD_SERVICE, Criticality.MEDIUM,
                null);
        String room = "Headquarters, server room";
        perimeter = asset(enterprise, "ENT-FW-PERIM", "Internet perimeter firewall", AssetType.FIREWALL,
                Criticality.HIGH, new String[] { "Palo Alto Networks", "PA-3410", "PAN-OS 11.1.4" }, room);
        ModelBuilder.networkInterface(perimeter, "untrust", internet, "203.0.113.1", 0);
        ModelBuilder.networkInterface(perimeter, "vpn-cloud", cloud, "198.51.100.1", 0);
        corporateDc = windowsServer(enterprise, "ENT-DC", "Corporate domain controller", AssetType.DOMAIN_CONTROLLER,
                room);
        corporateWsus = windowsServer(enterprise, "ENT-WSUS", "Corporate WSUS", AssetType.PATCH_SERVER, room);
        corporateAv = windowsServer(enterprise, "ENT-AV", "Corporate AV management", AssetType.AV_SERVER, room);
        corporateSiem = windowsServer(enterprise, "ENT-SIEM", "Enterprise SIEM", AssetType.SIEM, room);
        erp = windowsServer(enterprise, "ENT-ERP", "ERP system", AssetType.ERP, room);
        mail = windowsServer(enterprise, "ENT-MAIL", "E-mail server", AssetType.MAIL_SERVER, room);
        for (int i = 1; i <= workstationCount; i++) {
            Asset workstation = asset(enterprise, String.format("ENT-WS-%04d", i), "Office workstation " + i,
                    AssetType.WORKSTATION, Criticality.LOW,
                    new String[] { "Dell", "OptiPlex 7010", "Windows 11 23H2" }, "Headquarters, offices");
            workstations.add(workstation);
        }

        Conduit internetEdge = conduit("C-INET-ENT", "Internet edge", internet, enterprise, ConduitMedium.INTERNET,
                Ownership.IT, IT_ORG, perimeter, null);
        internetEdge.setEncrypted(true);
        internetEdge.setAuthenticated(true);
        Conduit cloudVpn = conduit("C-ENT-CLOUD", "Cloud VPN", enterprise, cloud, ConduitMedium.INTERNET, Ownership.IT,
                IT_ORG, perimeter, null);
        cloudVpn.setEncrypted(true);
        cloudVpn.setAuthenticated(true);

        b.flow(corporateWsus, updates, "P-HTTPS", PATCH, "Corporate WSUS synchronises with the vendor");
        b.flow(corporateAv, updates, "P-HTTPS", PATCH, "Corporate AV management fetches signatures");
        b.flow(mail, saas, "P-SMTPS", WRITE, "Hybrid mail routing");
        logs(perimeter, corporateSiem);
        logs(corporateDc, corporateSiem);
        for (Asset server : List.of(corporateDc, erp, mail, corporateAv, corporateSiem)) {
            patched(server, corporateWsus, null);
        }
        for (Asset workstation : workstations) {
            b.flow(workstation, corporateDc, "P-KERBEROS", PortRanges.tcp(88), AUTHENTICATION, "Domain logon");
            b.flow(workstation, erp, "P-HTTPS", READ, "Business users work in the ERP");
            b.flow(workstation, mail, "P-SMTPS", WRITE, "Mail submission");
            b.flow(workstation, saas, "P-HTTPS", READ, "Collaboration suite");
            patched(workstation, corporateWsus, null);
        }
    }

    private void site(int site, int scadaCount, int ewsCount, int[] cellSizes) {
        String s = String.format("S%02d", site);
        String siteName = "Site " + site;
        String otOrg = siteName + " OT engineering";
        Zone idmz = zone("Z-" + s + "-IDMZ", siteName + " industrial DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35,
                Ownership.JOINT, JOINT_ORG, 3, true);
        Zone operations = zone("Z-" + s + "-OPS", siteName + " operations", ZoneKind.SITE_OPERATIONS,
                PurdueLevel.LEVEL_3, Ownership.OT, otOrg, 3, true);
        String dmzRack = siteName + ", iDMZ rack";
        String otRoom = siteName + ", OT server room";

        Asset itFirewall = asset(idmz, s + "-FW-IT", siteName + " IT/iDMZ firewall", AssetType.FIREWALL,
                Criticality.CRITICAL, new String[] { "Palo Alto Networks", "PA-1410", "PAN-OS 11.1.4" }, dmzRack);
        ModelBuilder.networkInterface(itFirewall, "enterprise", enterprise, null, 40);
        Asset otFirewall = asset(idmz, s + "-FW-OT", siteName + " iDMZ/OT firewall", AssetType.FIREWALL,
                Criticality.CRITICAL, new String[] { "Fortinet", "FortiGate 200F", "FortiOS 7.4.4" }, dmzRack);
        ModelBuilder.networkInterface(otFirewall, "operations", operations, null, 30);
        Asset gateway = windowsServer(idmz, s + "-RAGW", siteName + " remote-access gateway",
                AssetType.REMOTE_ACCESS_GATEWAY, dmzRack);
        gateway.setRemoteAccessEnabled(true);
        gateway.setMfa(true);
        Asset jump = windowsServer(idmz, s + "-JUMP", siteName + " jump server", AssetType.JUMP_HOST, dmzRack);
        jump.setMfa(true);
        Asset mirror = windowsServer(idmz, s + "-HIST-M", siteName + " historian mirror", AssetType.HISTORIAN_MIRROR,
                dmzRack);
        Asset proxy = windowsServer(idmz, s + "-PROXY", siteName + " reverse proxy", AssetType.REVERSE_PROXY, dmzRack);
        Asset patchRelay = windowsServer(idmz, s + "-WSUS-R", siteName + " patch relay", AssetType.PATCH_SERVER,
                dmzRack);
        Asset avRelay = windowsServer(idmz, s + "-AV-R", siteName + " AV relay", AssetType.AV_SERVER, dmzRack);
        Asset fileBroker = windowsServer(idmz, s + "-SFT", siteName + " file transfer broker",
                AssetType.FILE_TRANSFER_BROKER, dmzRack);
        Asset dmzCollector = windowsServer(idmz, s + "-LOG-R", siteName + " iDMZ log collector", AssetType.SIEM,
                dmzRack);
        Asset dmzSensor = asset(idmz, s + "-NSM", siteName + " iDMZ network sensor", AssetType.NSM_SENSOR,
                Criticality.MEDIUM, new String[] { "Nozomi Networks", "Guardian NG-500", "24.1" }, dmzRack);

        Asset historian = windowsServer(operations, s + "-HIST", siteName + " plant historian",
                AssetType.DATA_HISTORIAN, otRoom);
        Asset otDc = windowsServer(operations, s + "-DC", siteName + " OT domain controller",
                AssetType.DOMAIN_CONTROLLER, otRoom);
        Asset otWsus = windowsServer(operations, s + "-WSUS", siteName + " OT patch server", AssetType.PATCH_SERVER,
                otRoom);
        Asset otAv = windowsServer(operations, s + "-AV", siteName + " OT AV server", AssetType.AV_SERVER, otRoom);
        Asset otSiem = windowsServer(operations, s + "-SIEM", siteName + " OT SIEM collector", AssetType.SIEM, otRoom);
        Asset nms = windowsServer(operations, s + "-NMS", siteName + " network management station",
                AssetType.APPLICATION_SERVER, otRoom);
        Asset ams = windowsServer(operations, s + "-AMS", siteName + " instrument asset management",
                AssetType.APPLICATION_SERVER, otRoom);
        Asset opsIds = asset(operations, s + "-IDS", siteName + " operations IDS sensor", AssetType.IDS,
                Criticality.MEDIUM, new String[] { "Nozomi Networks", "Guardian NG-150", "24.1" }, otRoom);
        List<Asset> scadas = new ArrayList<>();
        for (int i = 1; i <= scadaCount; i++) {
            Asset scada = asset(operations, String.format("%s-SCADA-%02d", s, i), siteName + " SCADA server " + i,
                    AssetType.CONTROL_SERVER, Criticality.CRITICAL,
                    new String[] { "AVEVA", "System Platform", "2023 R2" }, otRoom);
            scadas.add(scada);
        }
        List<Asset> engineeringStations = new ArrayList<>();
        for (int i = 1; i <= ewsCount; i++) {
            engineeringStations.add(asset(operations, String.format("%s-EWS-%02d", s, i),
                    siteName + " engineering workstation " + i, AssetType.ENGINEERING_WORKSTATION, Criticality.CRITICAL,
                    new String[] { "Dell", "Precision 3660", "Windows 10 LTSC 2021" }, otRoom));
        }

        // Sites reach headquarters over the WAN through an IPsec tunnel ending on the IT/iDMZ firewall.
        Conduit wan = conduit("C-" + s + "-ENT-IDMZ", siteName + " enterprise to iDMZ", enterprise, idmz,
                ConduitMedium.WAN, Ownership.JOINT, JOINT_ORG, itFirewall, dmzSensor);
        wan.setEncrypted(true);
        wan.setAuthenticated(true);
        conduit("C-" + s + "-IDMZ-OPS", siteName + " iDMZ to operations", idmz, operations, ConduitMedium.LAN,
                Ownership.JOINT, JOINT_ORG, otFirewall, dmzSensor);

        // Remote access and IT/OT exchanges, each terminating in the iDMZ.
        remote(b.flow(vendorEngineer, gateway, "P-HTTPS", INTERACTIVE_SESSION, "Vendor remote support"));
        remote(b.flow(workstations.get(site % workstations.size()), gateway, "P-HTTPS", INTERACTIVE_SESSION,
                "Engineers in the office reach OT through the gateway"));
        remote(b.flow(gateway, jump, "P-RDP", INTERACTIVE_SESSION, "Gateway hands the session to the jump server"));
        for (Asset ews : engineeringStations) {
            remote(b.flow(jump, ews, "P-RDP", INTERACTIVE_SESSION, "Supervised engineering session"));
            b.flow(ews, fileBroker, "P-SFTP", FILE_TRANSFER, "Engineering collects scanned files");
        }
        b.flow(historian, mirror, "P-HTTPS", REPLICATION, "Historian replicates to its iDMZ mirror");
        b.flow(erp, mirror, "P-HTTPS", READ, "ERP collects production figures");
        b.flow(workstations.get((site + 1) % workstations.size()), proxy, "P-HTTPS", READ, "Plant dashboards");
        b.flow(proxy, mirror, "P-HTTPS", READ, "Reverse proxy serves the mirror's dashboards");
        b.flow(workstations.get(site % workstations.size()), fileBroker, "P-SFTP", FILE_TRANSFER,
                "Work orders dropped for OT");
        b.flow(patchRelay, corporateWsus, "P-WSUS-TLS", PATCH, "WSUS replica synchronises from corporate WSUS");
        b.flow(avRelay, corporateAv, "P-HTTPS", PATCH, "AV relay fetches signatures");
        b.flow(otWsus, patchRelay, "P-WSUS-TLS", PATCH, "OT patch server synchronises from the iDMZ replica");
        b.flow(otAv, avRelay, "P-HTTPS", PATCH, "OT AV server fetches signatures from the iDMZ relay");
        b.flow(otSiem, dmzCollector, "P-SYSLOG-TLS", LOGGING, "OT events leave OT through the iDMZ collector");
        b.flow(dmzCollector, corporateSiem, "P-SYSLOG-TLS", LOGGING, "iDMZ collector forwards to the enterprise SIEM");
        for (Asset source : List.of(itFirewall, otFirewall, gateway, jump, dmzSensor)) {
            logs(source, dmzCollector);
        }
        for (Asset host : List.of(gateway, jump, mirror, proxy, fileBroker, dmzCollector)) {
            patched(host, patchRelay, avRelay);
        }
        patchRelay.setPatchSource(patchRelay);
        avRelay.setAvSource(avRelay);

        // Site operations services, fed by the iDMZ relays (OPS-01).
        otWsus.setPatchSource(patchRelay);
        otWsus.setAvSource(otAv);
        otAv.setPatchSource(otWsus);
        otAv.setAvSource(avRelay);
        opsIds.setPatchSource(otWsus);
        opsIds.setAvSource(otAv);
        List<Asset> members = new ArrayList<>(List.of(historian, otWsus, otAv, otSiem, nms, ams));
        members.addAll(scadas);
        members.addAll(engineeringStations);
        for (Asset member : members) {
            domainMember(member, otDc);
        }
        for (Asset host : members) {
            if (host != otWsus && host != otAv) {
                patched(host, otWsus, otAv);
            }
        }
        patched(otDc, otWsus, otAv);
        for (Asset source : List.of(otDc, opsIds)) {
            logs(source, otSiem);
        }
        for (Asset station : scadas) {
            logs(station, otSiem);
            b.flow(historian, station, "P-OPC-UA", READ, "Historian collects tags from the SCADA server");
        }
        for (Asset ews : engineeringStations) {
            logs(ews, otSiem);
        }
        b.flow(nms, opsIds, "P-SNMPV3", READ, "Sensor health monitoring");

        for (int c = 0; c < cellSizes.length; c++) {
            Asset scada = scadas.get(c % scadas.size());
            Asset ews = engineeringStations.get(c % engineeringStations.size());
            cell(s, siteName, c + 1, cellSizes[c], operations, new SiteServices(scada, ews, otDc, otWsus, otAv, otSiem,
                    nms, ams));
        }
    }

    private record SiteServices(Asset scada, Asset ews, Asset dc, Asset wsus, Asset av, Asset siem, Asset nms,
            Asset ams) {
    }

    private void cell(String s, String siteName, int cell, int size, Zone operations, SiteServices services) {
        String c = String.format("%s-C%02d", s, cell);
        String cellName = siteName + " cell " + cell;
        String otOrg = siteName + " OT engineering";
        Zone supervisory = zone("Z-" + c + "-SUP", cellName + " supervisory", ZoneKind.SUPERVISORY,
                PurdueLevel.LEVEL_2, Ownership.OT, otOrg, 2, true);
        Zone control = zone("Z-" + c + "-CTL", cellName + " basic control", ZoneKind.BASIC_CONTROL,
                PurdueLevel.LEVEL_1, Ownership.OT, otOrg, 2, true);
        Zone process = zone("Z-" + c + "-PRC", cellName + " process", ZoneKind.PROCESS, PurdueLevel.LEVEL_0,
                Ownership.OT, otOrg, 1, true);
        String room = cellName + ", control room";
        String cabinet = cellName + ", control cabinet";
        String field = cellName + ", field";

        int hmiCount = Math.max(1, Math.round(size * 0.04f));
        int plcCount = Math.max(1, Math.round(size * 0.12f));
        int ioCount = Math.max(1, Math.round(size * 0.10f));
        int devices = size - 2 - hmiCount - plcCount - ioCount;
        int actuatorCount = Math.max(1, Math.round(devices * 0.35f));
        int sensorCount = devices - actuatorCount;
        Family family = FAMILIES.get(random.nextInt(FAMILIES.size()));

        Asset firewall = asset(supervisory, c + "-FW", cellName + " firewall", AssetType.FIREWALL,
                Criticality.CRITICAL, new String[] { "Hirschmann", "EAGLE40-07", "HiSecOS 04.4" }, room);
        ModelBuilder.networkInterface(firewall, "operations", operations, null, 30);
        ModelBuilder.networkInterface(firewall, "control", control, null, 10);
        ModelBuilder.networkInterface(firewall, "process", process, null, 1);
        Asset ids = asset(supervisory, c + "-IDS", cellName + " IDS sensor", AssetType.IDS, Criticality.MEDIUM,
                new String[] { "Nozomi Networks", "Guardian NG-150", "24.1" }, room);
        List<Asset> hmis = new ArrayList<>();
        for (int i = 1; i <= hmiCount; i++) {
            hmis.add(asset(supervisory, String.format("%s-HMI-%02d", c, i), cellName + " HMI " + i, AssetType.HMI,
                    Criticality.HIGH, new String[] { "AVEVA", "InTouch HMI", "2023 R2" }, room));
        }
        List<Asset> plcs = new ArrayList<>();
        for (int i = 1; i <= plcCount; i++) {
            plcs.add(asset(control, String.format("%s-PLC-%03d", c, i), cellName + " PLC " + i, AssetType.PLC,
                    Criticality.CRITICAL, new String[] { family.vendor(), family.controller(), family.firmware() },
                    cabinet));
        }
        List<Asset> fieldDevices = new ArrayList<>();
        for (int i = 1; i <= ioCount; i++) {
            fieldDevices.add(asset(process, String.format("%s-IO-%03d", c, i), cellName + " remote I/O " + i,
                    AssetType.FIELD_IO, Criticality.HIGH,
                    new String[] { family.vendor(), "Remote I/O adapter", family.firmware() }, field));
        }
        for (int i = 1; i <= actuatorCount; i++) {
            String[] product = ACTUATORS[random.nextInt(ACTUATORS.length)];
            fieldDevices.add(asset(process, String.format("%s-ACT-%03d", c, i), cellName + " actuator " + i,
                    AssetType.ACTUATOR, random.nextBoolean() ? Criticality.HIGH : Criticality.MEDIUM, product, field));
        }
        for (int i = 1; i <= sensorCount; i++) {
            String[] product = SENSORS[random.nextInt(SENSORS.length)];
            fieldDevices.add(asset(process, String.format("%s-SEN-%03d", c, i), cellName + " sensor " + i,
                    AssetType.SENSOR, random.nextInt(4) == 0 ? Criticality.HIGH : Criticality.MEDIUM, product, field));
        }

        conduit("C-" + c + "-OPS-SUP", cellName + " operations to supervisory", operations, supervisory,
                ConduitMedium.LAN, Ownership.OT, otOrg, firewall, ids);
        conduit("C-" + c + "-SUP-CTL", cellName + " supervisory to control", supervisory, control, ConduitMedium.LAN,
                Ownership.OT, otOrg, firewall, ids);
        conduit("C-" + c + "-CTL-PRC", cellName + " control to process", control, process, ConduitMedium.LAN,
                Ownership.OT, otOrg, firewall, ids);

        for (Asset asset : List.of(firewall, ids)) {
            logs(asset, services.siem());
            b.flow(services.nms(), asset, "P-SNMPV3", READ, "Device health monitoring");
            asset.setPatchSource(services.wsus());
            asset.setAvSource(services.av());
        }
        for (Asset hmi : hmis) {
            b.flow(hmi, services.scada(), "P-OPC-UA", READ, "HMI displays process values");
            b.flow(hmi, services.scada(), "P-OPC-UA", WRITE, "Operator commands through SCADA");
            domainMember(hmi, services.dc());
            patched(hmi, services.wsus(), services.av());
            for (Asset plc : pick(plcs, HMI_CONTROLLERS)) {
                b.flow(hmi, plc, family.controlProtocol(), family.controlPort(), READ, "Controller diagnostics");
            }
        }
        for (Asset plc : plcs) {
            b.flow(services.scada(), plc, family.controlProtocol(), family.controlPort(), READ, "SCADA polls tags");
            b.flow(services.scada(), plc, family.controlProtocol(), family.controlPort(), WRITE,
                    "SCADA writes setpoints");
            b.flow(services.ews(), plc, family.controlProtocol(), family.controlPort(), PROGRAM_DOWNLOAD,
                    "Engineering downloads programs");
            b.flow(plc, services.dc(), "P-NTP", TIME, "Controller clock");
            logs(plc, services.siem());
            if (plcs.size() > 1) {
                Asset peer = pick(plcs, 2).stream().filter(p -> p != plc).findFirst().orElseThrow();
                b.flow(plc, peer, family.deviceProtocol(), family.devicePort(), READ, "Peer interlock data");
            }
            plc.setPatchSource(services.wsus());
            plc.setAvSource(services.av());
        }
        for (Asset device : fieldDevices) {
            Asset plc = plcs.get(random.nextInt(plcs.size()));
            b.flow(plc, device, family.deviceProtocol(), family.devicePort(), READ, "Process inputs");
            if (device.getType() != AssetType.SENSOR) {
                b.flow(plc, device, family.deviceProtocol(), family.devicePort(), WRITE, "Process outputs");
            }
            b.flow(services.nms(), device, "P-SNMPV3", READ, "Device health monitoring");
            b.flow(services.ams(), device, "P-HART-IP", PortRanges.tcp(5094), READ, "Instrument diagnostics");
            device.setPatchSource(services.wsus());
            device.setAvSource(services.av());
        }
    }

    private Zone zone(String id, String name, ZoneKind kind, PurdueLevel level, Ownership owner, String organisation,
            int securityLevel, boolean trusted) {
        zoneNumber++;
        return b.zone(id, name, kind, level, owner, organisation, securityLevel, trusted);
    }

    private Asset asset(Zone zone, String id, String name, AssetType type, Criticality criticality, String[] product) {
        return asset(zone, id, name, type, criticality, product, null);
    }

    /** An asset with its register data and one interface in its zone's subnet (a /20 per zone). */
    private Asset asset(Zone zone, String id, String name, AssetType type, Criticality criticality, String[] product,
            String location) {
        Asset asset = b.asset(zone, id, name, type, criticality);
        if (product != null) {
            ModelBuilder.register(asset, product[0], product[1], product[2], location);
        }
        int host = zone.getAssets().size();
        int address = (10 << 24) + (zoneNumber << 12) + host;
        ModelBuilder.networkInterface(asset, "eth0", zone, (address >>> 24) + "." + ((address >> 16) & 255) + "."
                + ((address >> 8) & 255) + "." + (address & 255), 0);
        return asset;
    }

    private Asset windowsServer(Zone zone, String id, String name, AssetType type, String location) {
        return asset(zone, id, name, type, Criticality.HIGH,
                new String[] { "Microsoft", "Windows Server 2022", "21H2" }, location);
    }

    private Conduit conduit(String id, String name, Zone first, Zone second, ConduitMedium medium, Ownership owner,
            String organisation, Asset enforcedBy, Asset monitoredBy) {
        Conduit conduit = b.conduit(id, name, first, second, medium, owner, organisation);
        conduit.getEnforcedBy().add(enforcedBy);
        if (monitoredBy != null) {
            conduit.getMonitoredBy().add(monitoredBy);
        }
        return conduit;
    }

    private static void remote(Flow flow) {
        flow.setRemoteAccess(true);
        flow.setMfa(true);
        flow.setApprovalRequired(true);
    }

    private void logs(Asset source, Asset collector) {
        source.getLogsTo().add(collector);
        b.flow(source, collector, "P-SYSLOG-TLS", LOGGING, "Security events");
    }

    private void patched(Asset host, Asset patchServer, Asset avServer) {
        host.setPatchSource(patchServer);
        b.flow(host, patchServer, "P-WSUS-TLS", PATCH, "Windows updates");
        if (avServer != null) {
            host.setAvSource(avServer);
            b.flow(host, avServer, "P-HTTPS", PATCH, "Anti-virus signatures");
        }
    }

    private void domainMember(Asset member, Asset dc) {
        b.flow(member, dc, "P-KERBEROS", PortRanges.tcp(88), AUTHENTICATION, "Domain logon");
        b.flow(member, dc, "P-NTP", TIME, "Time");
    }

    /** Up to {@code count} different elements of the list, chosen at random (a partial shuffle). */
    private <T> List<T> pick(List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return pool.subList(0, n);
    }

    /** {@code total} split into {@code parts} whole numbers that differ by at most one, larger ones first. */
    private static int[] spread(int total, int parts) {
        int[] shares = new int[parts];
        for (int i = 0; i < parts; i++) {
            shares[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return shares;
    }
}
