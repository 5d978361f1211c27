package org.itot.model.template;

import static org.itot.model.AssetType.ACTUATOR;
import static org.itot.model.AssetType.AV_SERVER;
import static org.itot.model.AssetType.CLOUD_SERVICE;
import static org.itot.model.AssetType.CONTROL_SERVER;
import static org.itot.model.AssetType.DATA_HISTORIAN;
import static org.itot.model.AssetType.DOMAIN_CONTROLLER;
import static org.itot.model.AssetType.ENGINEERING_WORKSTATION;
import static org.itot.model.AssetType.ERP;
import static org.itot.model.AssetType.EXTERNAL_ENTITY;
import static org.itot.model.AssetType.FIELD_IO;
import static org.itot.model.AssetType.FILE_TRANSFER_BROKER;
import static org.itot.model.AssetType.FIREWALL;
import static org.itot.model.AssetType.HISTORIAN_MIRROR;
import static org.itot.model.AssetType.HMI;
import static org.itot.model.AssetType.IDS;
import static org.itot.model.AssetType.JUMP_HOST;
import static org.itot.model.AssetType.MAIL_SERVER;
import static org.itot.model.AssetType.NSM_SENSOR;
import static org.itot.model.AssetType.PATCH_SERVER;
import static org.itot.model.AssetType.PLC;
import static org.itot.model.AssetType.REMOTE_ACCESS_GATEWAY;
import static org.itot.model.AssetType.REVERSE_PROXY;
import static org.itot.model.AssetType.SENSOR;
import static org.itot.model.AssetType.SIEM;
import static org.itot.model.AssetType.WORKSTATION;
import static org.itot.model.Criticality.CRITICAL;
import static org.itot.model.Criticality.HIGH;
import static org.itot.model.Criticality.LOW;
import static org.itot.model.Criticality.MEDIUM;
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

import java.util.List;
import java.util.Locale;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.Ownership;
import org.itot.model.Permission;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;
import org.itot.model.query.PortRanges;

/**
 * The seed Purdue reference architecture (CPwE-style): every IT/OT exchange terminates on an
 * iDMZ broker between two different firewalls, industrial protocols stay in levels 0-3, and
 * every firewall allows exactly the modelled cross-zone flows before denying the rest.
 */
final class PurdueTemplate {

    private static final String IT_ORG = "Corporate IT";
    private static final String OT_ORG = "Plant OT engineering";
    private static final String JOINT_ORG = "IT/OT security board";
    private static final String SERVER_ROOM = "Main building, IT server room";
    private static final String OT_ROOM = "Control building, OT server room";
    private static final String CONTROL_ROOM = "Control building, control room";
    private static final String FIELD = "Process hall A";

    private final ModelBuilder b = new ModelBuilder("MODEL", "Purdue reference architecture", "F-%03d");
    private Role operator;
    private Role engineer;
    private Role admin;

    private PurdueTemplate() {
    }

    static ArchitectureModel create() {
        return new PurdueTemplate().build();
    }

    private ArchitectureModel build() {
        ArchitectureModel model = b.model;
        model.setDescription("Reference architecture after the Purdue model and IEC 62443-3-2: start here and "
                + "replace the example assets with your plant's.");
        model.setOwnerOrganisation("Example Manufacturing");
        model.setRevision("1");
        model.setPerimeter("The plant network from the Internet edge and the cloud tenancy down to the field devices "
                + "of process hall A.");
        model.getAccessPoints().addAll(List.of("Internet perimeter firewall (ENT-FW-PERIM)",
                "Remote-access gateway in the iDMZ (DMZ-RAGW)", "Site-to-site VPN to the cloud tenancy (C-ENT-CLOUD)"));

        // Zones, from the outside in.
        Zone internet = b.zone("Z-INTERNET", "Internet", ZoneKind.INTERNET, PurdueLevel.EXTERNAL, Ownership.IT, IT_ORG,
                0, false);
        Zone cloud = b.zone("Z-CLOUD", "Cloud tenancy", ZoneKind.CLOUD, PurdueLevel.EXTERNAL, Ownership.IT, IT_ORG, 2,
                false);
        Zone enterprise = b.zone("Z-ENT", "Enterprise IT", ZoneKind.ENTERPRISE, PurdueLevel.LEVEL_4, Ownership.IT,
                IT_ORG, 2, true);
        Zone idmz = b.zone("Z-IDMZ", "Industrial DMZ", ZoneKind.IDMZ, PurdueLevel.LEVEL_35, Ownership.JOINT,
                JOINT_ORG, 3, true);
        Zone operations = b.zone("Z-OPS", "Site operations", ZoneKind.SITE_OPERATIONS, PurdueLevel.LEVEL_3,
                Ownership.OT, OT_ORG, 3, true);
        Zone supervisory = b.zone("Z-SUP", "Supervisory control", ZoneKind.SUPERVISORY, PurdueLevel.LEVEL_2,
                Ownership.OT, OT_ORG, 2, true);
        Zone control = b.zone("Z-CTL", "Basic control", ZoneKind.BASIC_CONTROL, PurdueLevel.LEVEL_1, Ownership.OT,
                OT_ORG, 2, true);
        Zone process = b.zone("Z-PRC", "Process", ZoneKind.PROCESS, PurdueLevel.LEVEL_0, Ownership.OT, OT_ORG, 1,
                true);
        internet.setDescription("Untrusted public networks: remote vendors and software update services.");
        cloud.setDescription("The company's SaaS tenancy, reached over a site-to-site IPsec VPN.");
        enterprise.setDescription("Business IT (Purdue levels 4-5): office, e-mail, ERP, corporate directory.");
        idmz.setDescription("Industrial DMZ (level 3.5): brokers, mirrors and relays; no IT/OT traffic passes through "
                + "it, every exchange terminates here. Production continues if it is unplugged.");
        operations.setDescription("Site operations (level 3): SCADA, engineering, historian and OT infrastructure "
                + "services with their own OT domain.");
        supervisory.setDescription("Area supervisory control (level 2): operator HMIs.");
        control.setDescription("Basic control (level 1): the controllers of process hall A.");
        process.setDescription("Process (level 0): field I/O, instruments and drives of process hall A.");

        // Internet and cloud.
        Asset remoteUser = b.asset(internet, "EXT-VENDOR", "Remote vendor engineer", EXTERNAL_ENTITY, LOW);
        remoteUser.setOwner(Ownership.VENDOR);
        remoteUser.setDescription("A support engineer of the control-system vendor, from the vendor's network.");
        Asset updates = b.asset(internet, "EXT-UPDATES", "Software update services", EXTERNAL_ENTITY, LOW);
        updates.setDescription("Operating-system and anti-virus vendors' update services.");
        Asset saas = b.asset(cloud, "CLD-SAAS", "Collaboration suite (SaaS)", CLOUD_SERVICE, MEDIUM);
        ModelBuilder.register(saas, "Example SaaS provider", "Collaboration suite", "service",
                "Provider region EU-West");

        // Enterprise IT.
        Asset perimeter = b.asset(enterprise, "ENT-FW-PERIM", "Internet perimeter firewall", FIREWALL, HIGH);
        ModelBuilder.register(perimeter, "Palo Alto Networks", "PA-3410", "PAN-OS 11.1.4", SERVER_ROOM);
        Asset workstation1 = b.asset(enterprise, "ENT-WS-01", "Office workstation 1", WORKSTATION, LOW);
        ModelBuilder.register(workstation1, "Dell", "OptiPlex 7010", "Windows 11 23H2", "Main building, offices");
        Asset workstation2 = b.asset(enterprise, "ENT-WS-02", "Office workstation 2", WORKSTATION, LOW);
        ModelBuilder.register(workstation2, "Dell", "OptiPlex 7010", "Windows 11 23H2", "Main building, offices");
        Asset mail = b.asset(enterprise, "ENT-MAIL", "E-mail server", MAIL_SERVER, MEDIUM);
        ModelBuilder.register(mail, "Microsoft", "Exchange Server SE", "15.2", SERVER_ROOM);
        Asset erp = b.asset(enterprise, "ENT-ERP", "ERP system", ERP, HIGH);
        ModelBuilder.register(erp, "SAP", "S/4HANA", "2023 FPS02", SERVER_ROOM);
        Asset corporateDc = b.asset(enterprise, "ENT-DC", "Corporate domain controller", DOMAIN_CONTROLLER, HIGH);
        ModelBuilder.register(corporateDc, "Microsoft", "Windows Server 2022 AD DS", "21H2", SERVER_ROOM);
        Asset corporateWsus = b.asset(enterprise, "ENT-WSUS", "Corporate WSUS", PATCH_SERVER, MEDIUM);
        ModelBuilder.register(corporateWsus, "Microsoft", "Windows Server 2022 WSUS", "21H2", SERVER_ROOM);
        Asset corporateAv = b.asset(enterprise, "ENT-AV", "Corporate AV management", AV_SERVER, MEDIUM);
        ModelBuilder.register(corporateAv, "Trellix", "ePolicy Orchestrator", "5.10", SERVER_ROOM);
        Asset corporateSiem = b.asset(enterprise, "ENT-SIEM", "Enterprise SIEM", SIEM, HIGH);
        ModelBuilder.register(corporateSiem, "Splunk", "Enterprise Security", "9.2", SERVER_ROOM);

        // Industrial DMZ: two different firewalls, brokers, relays and its own sensor and log collector.
        String dmzRoom = "Control building, iDMZ rack";
        Asset itFirewall = b.asset(idmz, "DMZ-FW-IT", "IT/iDMZ firewall", FIREWALL, CRITICAL);
        ModelBuilder.register(itFirewall, "Palo Alto Networks", "PA-1410", "PAN-OS 11.1.4", dmzRoom);
        Asset otFirewall = b.asset(idmz, "DMZ-FW-OT", "iDMZ/OT firewall", FIREWALL, CRITICAL);
        ModelBuilder.register(otFirewall, "Fortinet", "FortiGate 200F", "FortiOS 7.4.4", dmzRoom);
        Asset raGateway = b.asset(idmz, "DMZ-RAGW", "Remote-access gateway (VPN)", REMOTE_ACCESS_GATEWAY, HIGH);
        ModelBuilder.register(raGateway, "Microsoft", "Remote Desktop Gateway (Windows Server 2022)", "21H2",
                dmzRoom);
        raGateway.setRemoteAccessEnabled(true);
        raGateway.setMfa(true);
        Asset jump = b.asset(idmz, "DMZ-JUMP", "Jump server", JUMP_HOST, HIGH);
        ModelBuilder.register(jump, "Microsoft", "Windows Server 2022 Remote Desktop Session Host", "21H2", dmzRoom);
        jump.setMfa(true);
        Asset mirror = b.asset(idmz, "DMZ-HIST", "Historian mirror", HISTORIAN_MIRROR, MEDIUM);
        ModelBuilder.register(mirror, "AVEVA", "PI Server (mirror)", "2023 SP1", dmzRoom);
        Asset proxy = b.asset(idmz, "DMZ-PROXY", "Reverse proxy", REVERSE_PROXY, MEDIUM);
        ModelBuilder.register(proxy, "F5", "NGINX Plus", "R32", dmzRoom);
        Asset patchRelay = b.asset(idmz, "DMZ-WSUS", "Patch relay (WSUS replica)", PATCH_SERVER, MEDIUM);
        ModelBuilder.register(patchRelay, "Microsoft", "Windows Server 2022 WSUS", "21H2", dmzRoom);
        Asset avRelay = b.asset(idmz, "DMZ-AV", "AV relay", AV_SERVER, MEDIUM);
        ModelBuilder.register(avRelay, "Trellix", "ePO Agent Handler", "5.10", dmzRoom);
        Asset fileBroker = b.asset(idmz, "DMZ-SFT", "File transfer broker", FILE_TRANSFER_BROKER, MEDIUM);
        ModelBuilder.register(fileBroker, "Progress", "MOVEit Transfer", "2024.0.2", dmzRoom);
        Asset dmzCollector = b.asset(idmz, "DMZ-LOG", "iDMZ log collector", SIEM, HIGH);
        ModelBuilder.register(dmzCollector, "Splunk", "Heavy Forwarder", "9.2", dmzRoom);
        Asset dmzSensor = b.asset(idmz, "DMZ-NSM", "iDMZ network sensor", NSM_SENSOR, MEDIUM);
        ModelBuilder.register(dmzSensor, "Nozomi Networks", "Guardian NG-500", "24.1", dmzRoom);

        // Site operations (level 3).
        Asset cellFirewall = b.asset(operations, "OPS-FW-SUP", "Site operations/supervisory firewall", FIREWALL,
                CRITICAL);
        ModelBuilder.register(cellFirewall, "Fortinet", "FortiGate Rugged 70G", "FortiOS 7.4.4", OT_ROOM);
        Asset historian = b.asset(operations, "OPS-HIST", "Plant historian", DATA_HISTORIAN, HIGH);
        ModelBuilder.register(historian, "AVEVA", "PI Server", "2023 SP1", OT_ROOM);
        Asset otDc = b.asset(operations, "OPS-DC", "OT domain controller", DOMAIN_CONTROLLER, CRITICAL);
        ModelBuilder.register(otDc, "Microsoft", "Windows Server 2022 AD DS", "21H2", OT_ROOM);
        otDc.setDescription("Separate OT domain (no trust to the corporate forest) and the OT time source.");
        Asset otWsus = b.asset(operations, "OPS-WSUS", "OT patch server", PATCH_SERVER, MEDIUM);
        ModelBuilder.register(otWsus, "Microsoft", "Windows Server 2022 WSUS", "21H2", OT_ROOM);
        Asset otAv = b.asset(operations, "OPS-AV", "OT AV server", AV_SERVER, MEDIUM);
        ModelBuilder.register(otAv, "Trellix", "ePolicy Orchestrator", "5.10", OT_ROOM);
        Asset otSiem = b.asset(operations, "OPS-SIEM", "OT SIEM collector", SIEM, HIGH);
        ModelBuilder.register(otSiem, "Splunk", "Heavy Forwarder", "9.2", OT_ROOM);
        Asset opsIds = b.asset(operations, "OPS-IDS", "Site operations IDS sensor", IDS, MEDIUM);
        ModelBuilder.register(opsIds, "Nozomi Networks", "Guardian NG-150", "24.1", OT_ROOM);

        // Supervisory (level 2). SCADA and engineering sit next to the controllers they write to (PRO-02).
        Asset scada = b.asset(supervisory, "SUP-SCADA", "SCADA server", CONTROL_SERVER, CRITICAL);
        ModelBuilder.register(scada, "Rockwell Automation", "FactoryTalk View SE server", "14.0", CONTROL_ROOM);
        Asset ews = b.asset(supervisory, "SUP-EWS", "Engineering workstation", ENGINEERING_WORKSTATION, CRITICAL);
        ModelBuilder.register(ews, "Dell", "Precision 3660 with Studio 5000", "Windows 10 LTSC 2021", CONTROL_ROOM);
        Asset controlFirewall = b.asset(supervisory, "SUP-FW-CTL", "Supervisory/control firewall", FIREWALL, CRITICAL);
        ModelBuilder.register(controlFirewall, "Hirschmann", "EAGLE40-07", "HiSecOS 04.4", CONTROL_ROOM);
        Asset hmi1 = b.asset(supervisory, "SUP-HMI-01", "Operator HMI 1", HMI, HIGH);
        ModelBuilder.register(hmi1, "Rockwell Automation", "FactoryTalk View SE client", "14.0", CONTROL_ROOM);
        Asset hmi2 = b.asset(supervisory, "SUP-HMI-02", "Operator HMI 2", HMI, HIGH);
        ModelBuilder.register(hmi2, "Rockwell Automation", "FactoryTalk View SE client", "14.0", CONTROL_ROOM);
        Asset supIds = b.asset(supervisory, "SUP-IDS", "Control network IDS sensor", IDS, MEDIUM);
        ModelBuilder.register(supIds, "Nozomi Networks", "Guardian NG-150", "24.1", CONTROL_ROOM);

        // Basic control (level 1).
        String cabinet = "Process hall A, control cabinet";
        Asset fieldFirewall = b.asset(control, "CTL-FW-PRC", "Control/process firewall", FIREWALL, CRITICAL);
        ModelBuilder.register(fieldFirewall, "Hirschmann", "EAGLE20-04", "HiSecOS 04.4", cabinet + " 1");
        Asset plc1 = b.asset(control, "CTL-PLC-01", "Filtration PLC", PLC, CRITICAL);
        ModelBuilder.register(plc1, "Rockwell Automation", "ControlLogix 5580 (1756-L83E)", "35.011", cabinet + " 1");
        Asset plc2 = b.asset(control, "CTL-PLC-02", "Dosing PLC", PLC, CRITICAL);
        ModelBuilder.register(plc2, "Rockwell Automation", "ControlLogix 5580 (1756-L83E)", "35.011", cabinet + " 2");
        Asset plc3 = b.asset(control, "CTL-PLC-03", "Pumping PLC", PLC, CRITICAL);
        ModelBuilder.register(plc3, "Rockwell Automation", "CompactLogix 5380 (5069-L330ER)", "35.011",
                cabinet + " 3");

        // Process (level 0): instruments wired to the remote I/O, drives on EtherNet/IP.
        Asset io1 = b.asset(process, "PRC-IO-01", "Filtration remote I/O", FIELD_IO, HIGH);
        ModelBuilder.register(io1, "Rockwell Automation", "FLEX 5000 (5094-AENTR)", "4.011", FIELD + ", filter bank");
        Asset io2 = b.asset(process, "PRC-IO-02", "Dosing remote I/O", FIELD_IO, HIGH);
        ModelBuilder.register(io2, "Rockwell Automation", "FLEX 5000 (5094-AENTR)", "4.011", FIELD + ", dosing skid");
        Asset turbidity = b.asset(process, "PRC-AT-101", "Turbidity analyser", SENSOR, MEDIUM);
        ModelBuilder.register(turbidity, "Endress+Hauser", "Turbimax CUS52D", "1.02", FIELD + ", filter bank");
        Asset flowMeter = b.asset(process, "PRC-FT-102", "Outlet flow meter", SENSOR, MEDIUM);
        ModelBuilder.register(flowMeter, "Endress+Hauser", "Promag W 400", "1.06", FIELD + ", outlet");
        Asset valve = b.asset(process, "PRC-XV-201", "Dosing control valve", ACTUATOR, HIGH);
        ModelBuilder.register(valve, "Samson", "3730-3 positioner", "1.62", FIELD + ", dosing skid");
        Asset drive = b.asset(process, "PRC-VFD-301", "Pump drive", ACTUATOR, HIGH);
        ModelBuilder.register(drive, "Rockwell Automation", "PowerFlex 755T", "14.002", FIELD + ", pump house");

        // Network interfaces: one per asset in its zone; firewalls in each zone they separate.
        // Hard-wired 4-20 mA instruments on the remote I/O have no network interface.
        List<Asset> hardWired = List.of(turbidity, flowMeter, valve);
        for (Asset instrument : hardWired) {
            instrument.setDescription("Hard-wired (4-20 mA/HART) to the remote I/O; no network interface.");
        }
        addresses(internet, "203.0.113.", 0, hardWired);
        addresses(cloud, "198.51.100.", 0, hardWired);
        addresses(enterprise, "10.40.1.", 40, hardWired);
        addresses(idmz, "10.35.1.", 35, hardWired);
        addresses(operations, "10.30.1.", 30, hardWired);
        addresses(supervisory, "10.20.1.", 20, hardWired);
        addresses(control, "10.10.1.", 10, hardWired);
        addresses(process, "10.0.1.", 1, hardWired);
        ModelBuilder.networkInterface(perimeter, "untrust", internet, "203.0.113.1", 0);
        ModelBuilder.networkInterface(perimeter, "vpn-cloud", cloud, "198.51.100.1", 0);
        ModelBuilder.networkInterface(itFirewall, "enterprise", enterprise, "10.40.1.254", 40);
        ModelBuilder.networkInterface(otFirewall, "operations", operations, "10.30.1.254", 30);
        ModelBuilder.networkInterface(cellFirewall, "supervisory", supervisory, "10.20.1.254", 20);
        ModelBuilder.networkInterface(controlFirewall, "control", control, "10.10.1.254", 10);
        ModelBuilder.networkInterface(fieldFirewall, "process", process, "10.0.1.254", 1);

        // Conduits between adjacent layers only, each enforced by its own firewall.
        Conduit internetConduit = b.conduit("C-INET-ENT", "Internet edge", internet, enterprise,
                ConduitMedium.INTERNET, Ownership.IT, IT_ORG);
        internetConduit.setDescription("Only TLS-protected flows cross the Internet edge; the perimeter firewall "
                + "denies everything else.");
        internetConduit.setEncrypted(true);
        internetConduit.setAuthenticated(true);
        internetConduit.getEnforcedBy().add(perimeter);
        Conduit cloudConduit = b.conduit("C-ENT-CLOUD", "Cloud VPN", enterprise, cloud, ConduitMedium.INTERNET,
                Ownership.IT, IT_ORG);
        cloudConduit.setDescription("Site-to-site IPsec VPN from the perimeter firewall to the cloud tenancy.");
        cloudConduit.setEncrypted(true);
        cloudConduit.setAuthenticated(true);
        cloudConduit.getEnforcedBy().add(perimeter);
        Conduit itConduit = b.conduit("C-ENT-IDMZ", "Enterprise to iDMZ", enterprise, idmz, ConduitMedium.LAN,
                Ownership.JOINT, JOINT_ORG);
        itConduit.getEnforcedBy().add(itFirewall);
        itConduit.getMonitoredBy().add(dmzSensor);
        Conduit otConduit = b.conduit("C-IDMZ-OPS", "iDMZ to site operations", idmz, operations, ConduitMedium.LAN,
                Ownership.JOINT, JOINT_ORG);
        otConduit.getEnforcedBy().add(otFirewall);
        otConduit.getMonitoredBy().add(dmzSensor);
        Conduit supervisoryConduit = b.conduit("C-OPS-SUP", "Site operations to supervisory", operations, supervisory,
                ConduitMedium.LAN, Ownership.OT, OT_ORG);
        supervisoryConduit.getEnforcedBy().add(cellFirewall);
        supervisoryConduit.getMonitoredBy().add(opsIds);
        Conduit controlConduit = b.conduit("C-SUP-CTL", "Supervisory to basic control", supervisory, control,
                ConduitMedium.LAN, Ownership.OT, OT_ORG);
        controlConduit.getEnforcedBy().add(controlFirewall);
        controlConduit.getMonitoredBy().add(supIds);
        Conduit fieldConduit = b.conduit("C-CTL-PRC", "Basic control to process", control, process,
                ConduitMedium.LAN, Ownership.OT, OT_ORG);
        fieldConduit.getEnforcedBy().add(fieldFirewall);
        fieldConduit.getMonitoredBy().add(supIds);

        roles(idmz, operations, supervisory, control);

        // Remote access: vendor -> RA gateway (MFA, approval) -> jump server -> EWS. Office users enter the same way.
        remote(b.flow(remoteUser, raGateway, "P-HTTPS", INTERACTIVE_SESSION,
                "Vendor remote support: RD Gateway over TLS with MFA and per-session approval"));
        remote(b.flow(workstation1, raGateway, "P-HTTPS", INTERACTIVE_SESSION,
                "Engineers in the office reach OT only through the remote-access gateway"));
        remote(b.flow(raGateway, jump, "P-RDP", INTERACTIVE_SESSION, "Gateway hands the session to the jump server"));
        remote(b.flow(jump, ews, "P-RDP", INTERACTIVE_SESSION, "Supervised engineering session on the EWS"));

        // Data out of OT: historian replication to the mirror, read by ERP and by office users through the proxy.
        b.flow(historian, mirror, "P-HTTPS", REPLICATION, "Plant historian replicates to its iDMZ mirror");
        b.flow(erp, mirror, "P-HTTPS", READ, "ERP collects production figures from the historian mirror");
        b.flow(workstation1, proxy, "P-HTTPS", READ, "Office users read plant dashboards through the reverse proxy");
        b.flow(proxy, mirror, "P-HTTPS", READ, "Reverse proxy serves the historian mirror's dashboards");
        b.flow(workstation1, fileBroker, "P-SFTP", FILE_TRANSFER, "Recipes and work orders are dropped for OT");
        b.flow(ews, fileBroker, "P-SFTP", FILE_TRANSFER, "Engineering collects scanned files from the broker")
                .setRole(engineer);

        // Patches and signatures: upstream -> corporate servers -> iDMZ relays -> OT servers -> OT hosts.
        b.flow(corporateWsus, updates, "P-HTTPS", PATCH, "Corporate WSUS synchronises with the vendor");
        b.flow(corporateAv, updates, "P-HTTPS", PATCH, "Corporate AV management fetches signatures");
        b.flow(patchRelay, corporateWsus, "P-WSUS-TLS", PATCH, "WSUS replica synchronises from the corporate WSUS");
        b.flow(avRelay, corporateAv, "P-HTTPS", PATCH, "AV relay fetches signatures from corporate AV management");
        b.flow(otWsus, patchRelay, "P-WSUS-TLS", PATCH, "OT patch server synchronises from the iDMZ replica");
        b.flow(otAv, avRelay, "P-HTTPS", PATCH, "OT AV server fetches signatures from the iDMZ relay");
        for (Asset host : List.of(workstation1, workstation2, erp, mail, corporateDc)) {
            managed(host, corporateWsus, null);
        }
        for (Asset host : List.of(raGateway, jump, mirror, proxy, fileBroker)) {
            managed(host, patchRelay, avRelay);
        }
        for (Asset host : List.of(scada, ews, historian, otDc, otSiem, hmi1, hmi2)) {
            managed(host, otWsus, otAv);
        }
        // The OT servers are fed by the iDMZ relays (OPS-01, flows above) and serve each other and everything below.
        otWsus.setPatchSource(patchRelay);
        otAv.setAvSource(avRelay);
        otWsus.setAvSource(otAv);
        b.flow(otWsus, otAv, "P-HTTPS", PATCH, "Anti-virus signatures from " + otAv.getName());
        otAv.setPatchSource(otWsus);
        b.flow(otAv, otWsus, "P-WSUS-TLS", PATCH, "Windows updates from " + otWsus.getName());
        for (Asset asset : List.of(opsIds, supIds, cellFirewall, controlFirewall, fieldFirewall, plc1, plc2, plc3, io1,
                io2, turbidity, flowMeter, valve, drive)) {
            // Appliances and controllers take firmware from the OT patch server's repository, not Windows Update.
            asset.setPatchSource(otWsus);
            asset.setAvSource(otAv);
        }

        // Logs: OT to the OT SIEM collector, the collector through the iDMZ collector to the enterprise SIEM.
        for (Asset source : List.of(cellFirewall, controlFirewall, fieldFirewall, scada, ews, otDc, opsIds, supIds)) {
            logs(source, otSiem);
        }
        for (Asset source : List.of(itFirewall, otFirewall, raGateway, jump, dmzSensor)) {
            logs(source, dmzCollector);
        }
        for (Asset source : List.of(perimeter, corporateDc)) {
            logs(source, corporateSiem);
        }
        b.flow(otSiem, dmzCollector, "P-SYSLOG-TLS", LOGGING, "OT events leave OT through the iDMZ collector");
        b.flow(dmzCollector, corporateSiem, "P-SYSLOG-TLS", LOGGING, "iDMZ collector forwards to the enterprise SIEM");

        // Enterprise services.
        for (Asset user : List.of(workstation1, workstation2)) {
            b.flow(user, corporateDc, "P-KERBEROS", tcp(88), AUTHENTICATION, "Domain logon");
            b.flow(user, erp, "P-HTTPS", READ, "Business users work in the ERP");
            b.flow(user, mail, "P-SMTPS", WRITE, "Mail submission");
        }
        b.flow(workstation1, saas, "P-HTTPS", READ, "Collaboration suite in the cloud tenancy");
        b.flow(mail, saas, "P-SMTPS", WRITE, "Hybrid mail routing to the cloud tenancy");

        // OT directory and time: the OT domain controller in level 3, never the corporate one.
        for (Asset member : List.of(scada, ews, historian, otWsus, otAv, otSiem, hmi1, hmi2)) {
            b.flow(member, otDc, "P-KERBEROS", tcp(88), AUTHENTICATION, "Logon to the OT domain");
            b.flow(member, otDc, "P-NTP", TIME, "Time from the OT domain controller");
        }
        b.flow(scada, otDc, "P-LDAPS", READ, "SCADA resolves operator groups in the OT directory");

        // Supervisory control and process data.
        for (Asset hmi : List.of(hmi1, hmi2)) {
            b.flow(hmi, scada, "P-OPC-UA", READ, "HMI displays process values from the SCADA server").setRole(operator);
            b.flow(hmi, scada, "P-OPC-UA", WRITE, "Operator commands through the SCADA server").setRole(operator);
        }
        b.flow(historian, scada, "P-OPC-UA", READ, "Historian collects tags from the SCADA server");
        for (Asset plc : List.of(plc1, plc2, plc3)) {
            b.flow(scada, plc, "P-CIP-SECURITY", tcp(2221), READ, "SCADA polls controller tags over CIP Security");
            b.flow(scada, plc, "P-CIP-SECURITY", tcp(2221), WRITE, "SCADA writes setpoints over CIP Security");
            b.flow(ews, plc, "P-CIP-SECURITY", tcp(2221), PROGRAM_DOWNLOAD,
                    "Engineering downloads controller programs over CIP Security").setRole(engineer);
        }
        b.flow(plc1, plc2, "P-ENIP", udp(2222), READ, "Produced/consumed tags between filtration and dosing");

        // Field level: I/O connections and the drive, on EtherNet/IP inside the control cabinet's reach.
        b.flow(plc1, io1, "P-ENIP", udp(2222), READ, "Filtration I/O inputs");
        b.flow(plc1, io1, "P-ENIP", udp(2222), WRITE, "Filtration I/O outputs");
        b.flow(plc2, io2, "P-ENIP", udp(2222), READ, "Dosing I/O inputs");
        b.flow(plc2, io2, "P-ENIP", udp(2222), WRITE, "Dosing I/O outputs");
        b.flow(plc3, drive, "P-ENIP", tcp(44818), WRITE, "Pump speed setpoint");
        b.flow(plc3, drive, "P-ENIP", tcp(44818), READ, "Pump drive status");

        FirewallRuleDerivation.derive(model, FirewallRuleDerivation.Destination.ASSET);
        model.getDiagrams().add(OverviewDiagram.create("D-OVERVIEW", "Purdue overview", model));
        return model;
    }

    private void roles(Zone idmz, Zone operations, Zone supervisory, Zone control) {
        operator = role("R-OPERATOR", "Plant operator", false, false);
        permit(operator, List.of(READ, WRITE), supervisory, operations);
        engineer = role("R-ENGINEER", "Control engineer", true, true);
        permit(engineer, List.of(READ, WRITE, PROGRAM_DOWNLOAD, FlowOperation.MODE_CHANGE,
                FlowOperation.FIRMWARE_UPDATE), operations, supervisory, control);
        permit(engineer, List.of(INTERACTIVE_SESSION, FILE_TRANSFER), idmz, operations);
        admin = role("R-ADMIN", "OT system administrator", true, true);
        permit(admin, List.of(INTERACTIVE_SESSION, PATCH, AUTHENTICATION, LOGGING), idmz, operations, supervisory);
    }

    private Role role(String id, String name, boolean privileged, boolean mfa) {
        Role role = ItotFactory.eINSTANCE.createRole();
        role.setId(id);
        role.setName(name);
        role.setPrivileged(privileged);
        role.setMfaRequired(mfa);
        b.model.getRoles().add(role);
        return role;
    }

    private static void permit(Role role, List<FlowOperation> operations, NetworkScope... scope) {
        Permission permission = ItotFactory.eINSTANCE.createPermission();
        permission.getOperations().addAll(operations);
        permission.getScope().addAll(List.of(scope));
        role.getPermissions().add(permission);
    }

    /** Every remote hop asks for MFA and a per-session approval (EXT-04). */
    private void remote(Flow flow) {
        flow.setRemoteAccess(true);
        flow.setMfa(true);
        flow.setApprovalRequired(true);
        flow.setRole(engineer);
    }

    private void managed(Asset host, Asset patchServer, Asset avServer) {
        host.setPatchSource(patchServer);
        b.flow(host, patchServer, "P-WSUS-TLS", PATCH, "Windows updates from " + patchServer.getName());
        if (avServer != null) {
            host.setAvSource(avServer);
            b.flow(host, avServer, "P-HTTPS", PATCH, "Anti-virus signatures from " + avServer.getName());
        }
    }

    private void logs(Asset source, Asset collector) {
        source.getLogsTo().add(collector);
        b.flow(source, collector, "P-SYSLOG-TLS", LOGGING, "Security events to " + collector.getName());
    }

    /** One interface per networked asset in its zone, numbered in the zone's subnet. */
    private static void addresses(Zone zone, String subnet, int vlan, List<Asset> except) {
        int host = 10;
        for (Asset asset : zone.getAssets()) {
            if (except.contains(asset)) {
                continue;
            }
            String name = asset.getType() == FIREWALL ? zone.getId().substring(2).toLowerCase(Locale.ROOT) : "eth0";
            ModelBuilder.networkInterface(asset, name, zone, subnet + host++, vlan);
        }
    }

    private static PortRange tcp(int port) {
        return PortRanges.tcp(port);
    }

    private static PortRange udp(int port) {
        return PortRanges.udp(port);
    }
}
