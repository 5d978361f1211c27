/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Asset Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of asset: the ATT&CK for ICS asset types (A0001-A0018) plus IT and security types.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getAssetType()
 * @model
 * @generated
 */
public enum AssetType implements Enumerator
{
	/**
	 * The '<em><b>PLC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLC_VALUE
	 * @generated
	 * @ordered
	 */
	PLC(0, "PLC", "plc"),

	/**
	 * The '<em><b>RTU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RTU_VALUE
	 * @generated
	 * @ordered
	 */
	RTU(1, "RTU", "rtu"),

	/**
	 * The '<em><b>IED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IED_VALUE
	 * @generated
	 * @ordered
	 */
	IED(2, "IED", "ied"),

	/**
	 * The '<em><b>SAFETY CONTROLLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_CONTROLLER_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY_CONTROLLER(3, "SAFETY_CONTROLLER", "safetyController"),

	/**
	 * The '<em><b>DCS CONTROLLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DCS_CONTROLLER_VALUE
	 * @generated
	 * @ordered
	 */
	DCS_CONTROLLER(4, "DCS_CONTROLLER", "dcsController"),

	/**
	 * The '<em><b>PAC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAC_VALUE
	 * @generated
	 * @ordered
	 */
	PAC(5, "PAC", "pac"),

	/**
	 * The '<em><b>FIELD IO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_IO_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_IO(6, "FIELD_IO", "fieldIO"),

	/**
	 * The '<em><b>SENSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENSOR_VALUE
	 * @generated
	 * @ordered
	 */
	SENSOR(7, "SENSOR", "sensor"),

	/**
	 * The '<em><b>ACTUATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTUATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ACTUATOR(8, "ACTUATOR", "actuator"),

	/**
	 * The '<em><b>HMI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HMI_VALUE
	 * @generated
	 * @ordered
	 */
	HMI(9, "HMI", "hmi"),

	/**
	 * The '<em><b>CONTROL SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_SERVER(10, "CONTROL_SERVER", "controlServer"),

	/**
	 * The '<em><b>DATA HISTORIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_HISTORIAN_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_HISTORIAN(11, "DATA_HISTORIAN", "dataHistorian"),

	/**
	 * The '<em><b>HISTORIAN MIRROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HISTORIAN_MIRROR_VALUE
	 * @generated
	 * @ordered
	 */
	HISTORIAN_MIRROR(12, "HISTORIAN_MIRROR", "historianMirror"),

	/**
	 * The '<em><b>ENGINEERING WORKSTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEERING_WORKSTATION_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEERING_WORKSTATION(13, "ENGINEERING_WORKSTATION", "engineeringWorkstation"),

	/**
	 * The '<em><b>JUMP HOST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUMP_HOST_VALUE
	 * @generated
	 * @ordered
	 */
	JUMP_HOST(14, "JUMP_HOST", "jumpHost"),

	/**
	 * The '<em><b>VPN SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VPN_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	VPN_SERVER(15, "VPN_SERVER", "vpnServer"),

	/**
	 * The '<em><b>REMOTE ACCESS GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ACCESS_GATEWAY(16, "REMOTE_ACCESS_GATEWAY", "remoteAccessGateway"),

	/**
	 * The '<em><b>FIREWALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL_VALUE
	 * @generated
	 * @ordered
	 */
	FIREWALL(17, "FIREWALL", "firewall"),

	/**
	 * The '<em><b>DATA DIODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_DIODE_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_DIODE(18, "DATA_DIODE", "dataDiode"),

	/**
	 * The '<em><b>IDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDS_VALUE
	 * @generated
	 * @ordered
	 */
	IDS(19, "IDS", "ids"),

	/**
	 * The '<em><b>IPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPS_VALUE
	 * @generated
	 * @ordered
	 */
	IPS(20, "IPS", "ips"),

	/**
	 * The '<em><b>NSM SENSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NSM_SENSOR_VALUE
	 * @generated
	 * @ordered
	 */
	NSM_SENSOR(21, "NSM_SENSOR", "nsmSensor"),

	/**
	 * The '<em><b>SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH(22, "SWITCH", "switch"),

	/**
	 * The '<em><b>ROUTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTER(23, "ROUTER", "router"),

	/**
	 * The '<em><b>WIRELESS AP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS_AP_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS_AP(24, "WIRELESS_AP", "wirelessAP"),

	/**
	 * The '<em><b>DOMAIN CONTROLLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_CONTROLLER_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_CONTROLLER(25, "DOMAIN_CONTROLLER", "domainController"),

	/**
	 * The '<em><b>PATCH SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATCH_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	PATCH_SERVER(26, "PATCH_SERVER", "patchServer"),

	/**
	 * The '<em><b>AV SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AV_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	AV_SERVER(27, "AV_SERVER", "avServer"),

	/**
	 * The '<em><b>BACKUP SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKUP_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	BACKUP_SERVER(28, "BACKUP_SERVER", "backupServer"),

	/**
	 * The '<em><b>SIEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIEM_VALUE
	 * @generated
	 * @ordered
	 */
	SIEM(29, "SIEM", "siem"),

	/**
	 * The '<em><b>SOAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOAR_VALUE
	 * @generated
	 * @ordered
	 */
	SOAR(30, "SOAR", "soar"),

	/**
	 * The '<em><b>ERP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERP_VALUE
	 * @generated
	 * @ordered
	 */
	ERP(31, "ERP", "erp"),

	/**
	 * The '<em><b>MES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MES_VALUE
	 * @generated
	 * @ordered
	 */
	MES(32, "MES", "mes"),

	/**
	 * The '<em><b>MAIL SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	MAIL_SERVER(33, "MAIL_SERVER", "mailServer"),

	/**
	 * The '<em><b>APPLICATION SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICATION_SERVER(34, "APPLICATION_SERVER", "applicationServer"),

	/**
	 * The '<em><b>DATA GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_GATEWAY(35, "DATA_GATEWAY", "dataGateway"),

	/**
	 * The '<em><b>REVERSE PROXY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVERSE_PROXY_VALUE
	 * @generated
	 * @ordered
	 */
	REVERSE_PROXY(36, "REVERSE_PROXY", "reverseProxy"),

	/**
	 * The '<em><b>FILE TRANSFER BROKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER_BROKER_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_TRANSFER_BROKER(37, "FILE_TRANSFER_BROKER", "fileTransferBroker"),

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSTATION(38, "WORKSTATION", "workstation"),

	/**
	 * The '<em><b>TRANSIENT DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIENT_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSIENT_DEVICE(39, "TRANSIENT_DEVICE", "transientDevice"),

	/**
	 * The '<em><b>CLOUD SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_SERVICE(40, "CLOUD_SERVICE", "cloudService"),

	/**
	 * The '<em><b>MODEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODEM_VALUE
	 * @generated
	 * @ordered
	 */
	MODEM(41, "MODEM", "modem"),

	/**
	 * The '<em><b>EXTERNAL ENTITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL_ENTITY(42, "EXTERNAL_ENTITY", "externalEntity"),

	/**
	 * The '<em><b>PROTOCOL GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A protocol converter between a non-routable link and an IP network (serial-to-IP converter, fieldbus gateway): where the routable side meets the non-routable one.
	 * <!-- end-model-doc -->
	 * @see #PROTOCOL_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	PROTOCOL_GATEWAY(43, "PROTOCOL_GATEWAY", "protocolGateway");

	/**
	 * The '<em><b>PLC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLC
	 * @model literal="plc"
	 * @generated
	 * @ordered
	 */
	public static final int PLC_VALUE = 0;

	/**
	 * The '<em><b>RTU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RTU
	 * @model literal="rtu"
	 * @generated
	 * @ordered
	 */
	public static final int RTU_VALUE = 1;

	/**
	 * The '<em><b>IED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IED
	 * @model literal="ied"
	 * @generated
	 * @ordered
	 */
	public static final int IED_VALUE = 2;

	/**
	 * The '<em><b>SAFETY CONTROLLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_CONTROLLER
	 * @model literal="safetyController"
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_CONTROLLER_VALUE = 3;

	/**
	 * The '<em><b>DCS CONTROLLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DCS_CONTROLLER
	 * @model literal="dcsController"
	 * @generated
	 * @ordered
	 */
	public static final int DCS_CONTROLLER_VALUE = 4;

	/**
	 * The '<em><b>PAC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAC
	 * @model literal="pac"
	 * @generated
	 * @ordered
	 */
	public static final int PAC_VALUE = 5;

	/**
	 * The '<em><b>FIELD IO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_IO
	 * @model literal="fieldIO"
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_IO_VALUE = 6;

	/**
	 * The '<em><b>SENSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENSOR
	 * @model literal="sensor"
	 * @generated
	 * @ordered
	 */
	public static final int SENSOR_VALUE = 7;

	/**
	 * The '<em><b>ACTUATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTUATOR
	 * @model literal="actuator"
	 * @generated
	 * @ordered
	 */
	public static final int ACTUATOR_VALUE = 8;

	/**
	 * The '<em><b>HMI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HMI
	 * @model literal="hmi"
	 * @generated
	 * @ordered
	 */
	public static final int HMI_VALUE = 9;

	/**
	 * The '<em><b>CONTROL SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_SERVER
	 * @model literal="controlServer"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_SERVER_VALUE = 10;

	/**
	 * The '<em><b>DATA HISTORIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_HISTORIAN
	 * @model literal="dataHistorian"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_HISTORIAN_VALUE = 11;

	/**
	 * The '<em><b>HISTORIAN MIRROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HISTORIAN_MIRROR
	 * @model literal="historianMirror"
	 * @generated
	 * @ordered
	 */
	public static final int HISTORIAN_MIRROR_VALUE = 12;

	/**
	 * The '<em><b>ENGINEERING WORKSTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEERING_WORKSTATION
	 * @model literal="engineeringWorkstation"
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEERING_WORKSTATION_VALUE = 13;

	/**
	 * The '<em><b>JUMP HOST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUMP_HOST
	 * @model literal="jumpHost"
	 * @generated
	 * @ordered
	 */
	public static final int JUMP_HOST_VALUE = 14;

	/**
	 * The '<em><b>VPN SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VPN_SERVER
	 * @model literal="vpnServer"
	 * @generated
	 * @ordered
	 */
	public static final int VPN_SERVER_VALUE = 15;

	/**
	 * The '<em><b>REMOTE ACCESS GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS_GATEWAY
	 * @model literal="remoteAccessGateway"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ACCESS_GATEWAY_VALUE = 16;

	/**
	 * The '<em><b>FIREWALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL
	 * @model literal="firewall"
	 * @generated
	 * @ordered
	 */
	public static final int FIREWALL_VALUE = 17;

	/**
	 * The '<em><b>DATA DIODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_DIODE
	 * @model literal="dataDiode"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_DIODE_VALUE = 18;

	/**
	 * The '<em><b>IDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDS
	 * @model literal="ids"
	 * @generated
	 * @ordered
	 */
	public static final int IDS_VALUE = 19;

	/**
	 * The '<em><b>IPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IPS
	 * @model literal="ips"
	 * @generated
	 * @ordered
	 */
	public static final int IPS_VALUE = 20;

	/**
	 * The '<em><b>NSM SENSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NSM_SENSOR
	 * @model literal="nsmSensor"
	 * @generated
	 * @ordered
	 */
	public static final int NSM_SENSOR_VALUE = 21;

	/**
	 * The '<em><b>SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH
	 * @model literal="switch"
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_VALUE = 22;

	/**
	 * The '<em><b>ROUTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER
	 * @model literal="router"
	 * @generated
	 * @ordered
	 */
	public static final int ROUTER_VALUE = 23;

	/**
	 * The '<em><b>WIRELESS AP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS_AP
	 * @model literal="wirelessAP"
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_AP_VALUE = 24;

	/**
	 * The '<em><b>DOMAIN CONTROLLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMAIN_CONTROLLER
	 * @model literal="domainController"
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_CONTROLLER_VALUE = 25;

	/**
	 * The '<em><b>PATCH SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATCH_SERVER
	 * @model literal="patchServer"
	 * @generated
	 * @ordered
	 */
	public static final int PATCH_SERVER_VALUE = 26;

	/**
	 * The '<em><b>AV SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AV_SERVER
	 * @model literal="avServer"
	 * @generated
	 * @ordered
	 */
	public static final int AV_SERVER_VALUE = 27;

	/**
	 * The '<em><b>BACKUP SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKUP_SERVER
	 * @model literal="backupServer"
	 * @generated
	 * @ordered
	 */
	public static final int BACKUP_SERVER_VALUE = 28;

	/**
	 * The '<em><b>SIEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIEM
	 * @model literal="siem"
	 * @generated
	 * @ordered
	 */
	public static final int SIEM_VALUE = 29;

	/**
	 * The '<em><b>SOAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOAR
	 * @model literal="soar"
	 * @generated
	 * @ordered
	 */
	public static final int SOAR_VALUE = 30;

	/**
	 * The '<em><b>ERP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERP
	 * @model literal="erp"
	 * @generated
	 * @ordered
	 */
	public static final int ERP_VALUE = 31;

	/**
	 * The '<em><b>MES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MES
	 * @model literal="mes"
	 * @generated
	 * @ordered
	 */
	public static final int MES_VALUE = 32;

	/**
	 * The '<em><b>MAIL SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL_SERVER
	 * @model literal="mailServer"
	 * @generated
	 * @ordered
	 */
	public static final int MAIL_SERVER_VALUE = 33;

	/**
	 * The '<em><b>APPLICATION SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_SERVER
	 * @model literal="applicationServer"
	 * @generated
	 * @ordered
	 */
	public static final int APPLICATION_SERVER_VALUE = 34;

	/**
	 * The '<em><b>DATA GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_GATEWAY
	 * @model literal="dataGateway"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_GATEWAY_VALUE = 35;

	/**
	 * The '<em><b>REVERSE PROXY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVERSE_PROXY
	 * @model literal="reverseProxy"
	 * @generated
	 * @ordered
	 */
	public static final int REVERSE_PROXY_VALUE = 36;

	/**
	 * The '<em><b>FILE TRANSFER BROKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER_BROKER
	 * @model literal="fileTransferBroker"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_TRANSFER_BROKER_VALUE = 37;

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION
	 * @model literal="workstation"
	 * @generated
	 * @ordered
	 */
	public static final int WORKSTATION_VALUE = 38;

	/**
	 * The '<em><b>TRANSIENT DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIENT_DEVICE
	 * @model literal="transientDevice"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSIENT_DEVICE_VALUE = 39;

	/**
	 * The '<em><b>CLOUD SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD_SERVICE
	 * @model literal="cloudService"
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_SERVICE_VALUE = 40;

	/**
	 * The '<em><b>MODEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODEM
	 * @model literal="modem"
	 * @generated
	 * @ordered
	 */
	public static final int MODEM_VALUE = 41;

	/**
	 * The '<em><b>EXTERNAL ENTITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_ENTITY
	 * @model literal="externalEntity"
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_ENTITY_VALUE = 42;

	/**
	 * The '<em><b>PROTOCOL GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A protocol converter between a non-routable link and an IP network (serial-to-IP converter, fieldbus gateway): where the routable side meets the non-routable one.
	 * <!-- end-model-doc -->
	 * @see #PROTOCOL_GATEWAY
	 * @model literal="protocolGateway"
	 * @generated
	 * @ordered
	 */
	public static final int PROTOCOL_GATEWAY_VALUE = 43;

	/**
	 * An array of all the '<em><b>Asset Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssetType[] VALUES_ARRAY =
		new AssetType[]
		{
			PLC,
			RTU,
			IED,
			SAFETY_CONTROLLER,
			DCS_CONTROLLER,
			PAC,
			FIELD_IO,
			SENSOR,
			ACTUATOR,
			HMI,
			CONTROL_SERVER,
			DATA_HISTORIAN,
			HISTORIAN_MIRROR,
			ENGINEERING_WORKSTATION,
			JUMP_HOST,
			VPN_SERVER,
			REMOTE_ACCESS_GATEWAY,
			FIREWALL,
			DATA_DIODE,
			IDS,
			IPS,
			NSM_SENSOR,
			SWITCH,
			ROUTER,
			WIRELESS_AP,
			DOMAIN_CONTROLLER,
			PATCH_SERVER,
			AV_SERVER,
			BACKUP_SERVER,
			SIEM,
			SOAR,
			ERP,
			MES,
			MAIL_SERVER,
			APPLICATION_SERVER,
			DATA_GATEWAY,
			REVERSE_PROXY,
			FILE_TRANSFER_BROKER,
			WORKSTATION,
			TRANSIENT_DEVICE,
			CLOUD_SERVICE,
			MODEM,
			EXTERNAL_ENTITY,
			PROTOCOL_GATEWAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Asset Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssetType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Asset Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetType get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetType getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetType result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetType get(int value)
	{
		switch (value)
		{
			case PLC_VALUE: return PLC;
			case RTU_VALUE: return RTU;
			case IED_VALUE: return IED;
			case SAFETY_CONTROLLER_VALUE: return SAFETY_CONTROLLER;
			case DCS_CONTROLLER_VALUE: return DCS_CONTROLLER;
			case PAC_VALUE: return PAC;
			case FIELD_IO_VALUE: return FIELD_IO;
			case SENSOR_VALUE: return SENSOR;
			case ACTUATOR_VALUE: return ACTUATOR;
			case HMI_VALUE: return HMI;
			case CONTROL_SERVER_VALUE: return CONTROL_SERVER;
			case DATA_HISTORIAN_VALUE: return DATA_HISTORIAN;
			case HISTORIAN_MIRROR_VALUE: return HISTORIAN_MIRROR;
			case ENGINEERING_WORKSTATION_VALUE: return ENGINEERING_WORKSTATION;
			case JUMP_HOST_VALUE: return JUMP_HOST;
			case VPN_SERVER_VALUE: return VPN_SERVER;
			case REMOTE_ACCESS_GATEWAY_VALUE: return REMOTE_ACCESS_GATEWAY;
			case FIREWALL_VALUE: return FIREWALL;
			case DATA_DIODE_VALUE: return DATA_DIODE;
			case IDS_VALUE: return IDS;
			case IPS_VALUE: return IPS;
			case NSM_SENSOR_VALUE: return NSM_SENSOR;
			case SWITCH_VALUE: return SWITCH;
			case ROUTER_VALUE: return ROUTER;
			case WIRELESS_AP_VALUE: return WIRELESS_AP;
			case DOMAIN_CONTROLLER_VALUE: return DOMAIN_CONTROLLER;
			case PATCH_SERVER_VALUE: return PATCH_SERVER;
			case AV_SERVER_VALUE: return AV_SERVER;
			case BACKUP_SERVER_VALUE: return BACKUP_SERVER;
			case SIEM_VALUE: return SIEM;
			case SOAR_VALUE: return SOAR;
			case ERP_VALUE: return ERP;
			case MES_VALUE: return MES;
			case MAIL_SERVER_VALUE: return MAIL_SERVER;
			case APPLICATION_SERVER_VALUE: return APPLICATION_SERVER;
			case DATA_GATEWAY_VALUE: return DATA_GATEWAY;
			case REVERSE_PROXY_VALUE: return REVERSE_PROXY;
			case FILE_TRANSFER_BROKER_VALUE: return FILE_TRANSFER_BROKER;
			case WORKSTATION_VALUE: return WORKSTATION;
			case TRANSIENT_DEVICE_VALUE: return TRANSIENT_DEVICE;
			case CLOUD_SERVICE_VALUE: return CLOUD_SERVICE;
			case MODEM_VALUE: return MODEM;
			case EXTERNAL_ENTITY_VALUE: return EXTERNAL_ENTITY;
			case PROTOCOL_GATEWAY_VALUE: return PROTOCOL_GATEWAY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AssetType(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //AssetType
