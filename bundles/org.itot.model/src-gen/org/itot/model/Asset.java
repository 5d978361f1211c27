/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device, system or external entity in a zone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Asset#getType <em>Type</em>}</li>
 *   <li>{@link org.itot.model.Asset#getAdditionalRoles <em>Additional Roles</em>}</li>
 *   <li>{@link org.itot.model.Asset#isSafetySystem <em>Safety System</em>}</li>
 *   <li>{@link org.itot.model.Asset#isDiscovered <em>Discovered</em>}</li>
 *   <li>{@link org.itot.model.Asset#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.itot.model.Asset#getSlCapability <em>Sl Capability</em>}</li>
 *   <li>{@link org.itot.model.Asset#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.Asset#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.itot.model.Asset#getProductModel <em>Product Model</em>}</li>
 *   <li>{@link org.itot.model.Asset#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.itot.model.Asset#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.itot.model.Asset#getLocation <em>Location</em>}</li>
 *   <li>{@link org.itot.model.Asset#isInternetExposed <em>Internet Exposed</em>}</li>
 *   <li>{@link org.itot.model.Asset#isWireless <em>Wireless</em>}</li>
 *   <li>{@link org.itot.model.Asset#isRemoteAccessEnabled <em>Remote Access Enabled</em>}</li>
 *   <li>{@link org.itot.model.Asset#isMfa <em>Mfa</em>}</li>
 *   <li>{@link org.itot.model.Asset#isDefaultCredentialsChanged <em>Default Credentials Changed</em>}</li>
 *   <li>{@link org.itot.model.Asset#isHardcodedCredentials <em>Hardcoded Credentials</em>}</li>
 *   <li>{@link org.itot.model.Asset#isInline <em>Inline</em>}</li>
 *   <li>{@link org.itot.model.Asset#getRedundancyGroup <em>Redundancy Group</em>}</li>
 *   <li>{@link org.itot.model.Asset#getListeningServices <em>Listening Services</em>}</li>
 *   <li>{@link org.itot.model.Asset#getPatchSource <em>Patch Source</em>}</li>
 *   <li>{@link org.itot.model.Asset#getAvSource <em>Av Source</em>}</li>
 *   <li>{@link org.itot.model.Asset#getLogsTo <em>Logs To</em>}</li>
 *   <li>{@link org.itot.model.Asset#getAttackAsset <em>Attack Asset</em>}</li>
 *   <li>{@link org.itot.model.Asset#getFirewallRules <em>Firewall Rules</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getAsset()
 * @model
 * @generated
 */
public interface Asset extends ModelElement, NetworkScope
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.AssetType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.itot.model.AssetType
	 * @see #setType(AssetType)
	 * @see org.itot.model.ItotPackage#getAsset_Type()
	 * @model
	 * @generated
	 */
	AssetType getType();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.itot.model.AssetType
	 * @see #getType()
	 * @generated
	 */
	void setType(AssetType value);

	/**
	 * Returns the value of the '<em><b>Additional Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.itot.model.AssetType}.
	 * The literals are from the enumeration {@link org.itot.model.AssetType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further roles the same appliance plays besides its type, e.g. a VPN gateway that is also the jump host. Rules and attack paths treat the asset as each of its roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Roles</em>' attribute list.
	 * @see org.itot.model.AssetType
	 * @see org.itot.model.ItotPackage#getAsset_AdditionalRoles()
	 * @model
	 * @generated
	 */
	EList<AssetType> getAdditionalRoles();

	/**
	 * Returns the value of the '<em><b>Safety System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of the safety instrumented system (IEC 61511 / ISA-84): e.g. the dedicated SIS engineering station or safety HMI. Such an asset belongs in a safety zone while its flows stay with the safety system (SEG-06).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Safety System</em>' attribute.
	 * @see #setSafetySystem(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_SafetySystem()
	 * @model
	 * @generated
	 */
	boolean isSafetySystem();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isSafetySystem <em>Safety System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety System</em>' attribute.
	 * @see #isSafetySystem()
	 * @generated
	 */
	void setSafetySystem(boolean value);

	/**
	 * Returns the value of the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Added from the plant's own traffic by itot reconcile --adopt (format 1.2), not designed: its type, owner and criticality are a first guess to review. False for everything drawn by hand and for older files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered</em>' attribute.
	 * @see #setDiscovered(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_Discovered()
	 * @model
	 * @generated
	 */
	boolean isDiscovered();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isDiscovered <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered</em>' attribute.
	 * @see #isDiscovered()
	 * @generated
	 */
	void setDiscovered(boolean value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getAsset_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkInterface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Sl Capability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security-level capability SL-C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sl Capability</em>' containment reference.
	 * @see #setSlCapability(SecurityLevelVector)
	 * @see org.itot.model.ItotPackage#getAsset_SlCapability()
	 * @model containment="true"
	 * @generated
	 */
	SecurityLevelVector getSlCapability();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getSlCapability <em>Sl Capability</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Capability</em>' containment reference.
	 * @see #getSlCapability()
	 * @generated
	 */
	void setSlCapability(SecurityLevelVector value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.Ownership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #setOwner(Ownership)
	 * @see org.itot.model.ItotPackage#getAsset_Owner()
	 * @model
	 * @generated
	 */
	Ownership getOwner();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Ownership value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.itot.model.ItotPackage#getAsset_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Product Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vendor's model designation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Model</em>' attribute.
	 * @see #setProductModel(String)
	 * @see org.itot.model.ItotPackage#getAsset_ProductModel()
	 * @model
	 * @generated
	 */
	String getProductModel();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getProductModel <em>Product Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Model</em>' attribute.
	 * @see #getProductModel()
	 * @generated
	 */
	void setProductModel(String value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see org.itot.model.ItotPackage#getAsset_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Criticality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.Criticality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criticality</em>' attribute.
	 * @see org.itot.model.Criticality
	 * @see #setCriticality(Criticality)
	 * @see org.itot.model.ItotPackage#getAsset_Criticality()
	 * @model
	 * @generated
	 */
	Criticality getCriticality();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getCriticality <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criticality</em>' attribute.
	 * @see org.itot.model.Criticality
	 * @see #getCriticality()
	 * @generated
	 */
	void setCriticality(Criticality value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.itot.model.ItotPackage#getAsset_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Internet Exposed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internet Exposed</em>' attribute.
	 * @see #setInternetExposed(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_InternetExposed()
	 * @model
	 * @generated
	 */
	boolean isInternetExposed();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isInternetExposed <em>Internet Exposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internet Exposed</em>' attribute.
	 * @see #isInternetExposed()
	 * @generated
	 */
	void setInternetExposed(boolean value);

	/**
	 * Returns the value of the '<em><b>Wireless</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wireless</em>' attribute.
	 * @see #setWireless(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_Wireless()
	 * @model
	 * @generated
	 */
	boolean isWireless();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isWireless <em>Wireless</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wireless</em>' attribute.
	 * @see #isWireless()
	 * @generated
	 */
	void setWireless(boolean value);

	/**
	 * Returns the value of the '<em><b>Remote Access Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Access Enabled</em>' attribute.
	 * @see #setRemoteAccessEnabled(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_RemoteAccessEnabled()
	 * @model
	 * @generated
	 */
	boolean isRemoteAccessEnabled();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isRemoteAccessEnabled <em>Remote Access Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Access Enabled</em>' attribute.
	 * @see #isRemoteAccessEnabled()
	 * @generated
	 */
	void setRemoteAccessEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfa</em>' attribute.
	 * @see #setMfa(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_Mfa()
	 * @model
	 * @generated
	 */
	boolean isMfa();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isMfa <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa</em>' attribute.
	 * @see #isMfa()
	 * @generated
	 */
	void setMfa(boolean value);

	/**
	 * Returns the value of the '<em><b>Default Credentials Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Credentials Changed</em>' attribute.
	 * @see #setDefaultCredentialsChanged(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_DefaultCredentialsChanged()
	 * @model
	 * @generated
	 */
	boolean isDefaultCredentialsChanged();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isDefaultCredentialsChanged <em>Default Credentials Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Credentials Changed</em>' attribute.
	 * @see #isDefaultCredentialsChanged()
	 * @generated
	 */
	void setDefaultCredentialsChanged(boolean value);

	/**
	 * Returns the value of the '<em><b>Hardcoded Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardcoded Credentials</em>' attribute.
	 * @see #setHardcodedCredentials(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_HardcodedCredentials()
	 * @model
	 * @generated
	 */
	boolean isHardcodedCredentials();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isHardcodedCredentials <em>Hardcoded Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardcoded Credentials</em>' attribute.
	 * @see #isHardcodedCredentials()
	 * @generated
	 */
	void setHardcodedCredentials(boolean value);

	/**
	 * Returns the value of the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A monitoring device placed inline (IPS) rather than on a SPAN/TAP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inline</em>' attribute.
	 * @see #setInline(boolean)
	 * @see org.itot.model.ItotPackage#getAsset_Inline()
	 * @model
	 * @generated
	 */
	boolean isInline();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#isInline <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inline</em>' attribute.
	 * @see #isInline()
	 * @generated
	 */
	void setInline(boolean value);

	/**
	 * Returns the value of the '<em><b>Redundancy Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Devices sharing a redundancy group (an HA pair) count as one enforcement point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Redundancy Group</em>' attribute.
	 * @see #setRedundancyGroup(String)
	 * @see org.itot.model.ItotPackage#getAsset_RedundancyGroup()
	 * @model
	 * @generated
	 */
	String getRedundancyGroup();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getRedundancyGroup <em>Redundancy Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Redundancy Group</em>' attribute.
	 * @see #getRedundancyGroup()
	 * @generated
	 */
	void setRedundancyGroup(String value);

	/**
	 * Returns the value of the '<em><b>Listening Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.ListeningService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listening Services</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getAsset_ListeningServices()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListeningService> getListeningServices();

	/**
	 * Returns the value of the '<em><b>Patch Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch Source</em>' reference.
	 * @see #setPatchSource(Asset)
	 * @see org.itot.model.ItotPackage#getAsset_PatchSource()
	 * @model
	 * @generated
	 */
	Asset getPatchSource();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getPatchSource <em>Patch Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch Source</em>' reference.
	 * @see #getPatchSource()
	 * @generated
	 */
	void setPatchSource(Asset value);

	/**
	 * Returns the value of the '<em><b>Av Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Av Source</em>' reference.
	 * @see #setAvSource(Asset)
	 * @see org.itot.model.ItotPackage#getAsset_AvSource()
	 * @model
	 * @generated
	 */
	Asset getAvSource();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getAvSource <em>Av Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Av Source</em>' reference.
	 * @see #getAvSource()
	 * @generated
	 */
	void setAvSource(Asset value);

	/**
	 * Returns the value of the '<em><b>Logs To</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logs To</em>' reference list.
	 * @see org.itot.model.ItotPackage#getAsset_LogsTo()
	 * @model
	 * @generated
	 */
	EList<Asset> getLogsTo();

	/**
	 * Returns the value of the '<em><b>Attack Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ATT&CK for ICS asset (Axxxx) this asset is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attack Asset</em>' reference.
	 * @see #setAttackAsset(AttackReference)
	 * @see org.itot.model.ItotPackage#getAsset_AttackAsset()
	 * @model
	 * @generated
	 */
	AttackReference getAttackAsset();

	/**
	 * Sets the value of the '{@link org.itot.model.Asset#getAttackAsset <em>Attack Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attack Asset</em>' reference.
	 * @see #getAttackAsset()
	 * @generated
	 */
	void setAttackAsset(AttackReference value);

	/**
	 * Returns the value of the '<em><b>Firewall Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.FirewallRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ordered rule set when this asset enforces conduits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firewall Rules</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getAsset_FirewallRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirewallRule> getFirewallRules();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone that contains this asset.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zones this asset has interfaces in (its own zone when it has none).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Zone> getInterfaceZones();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The asset's type is the role or one of its additional roles: the one role check the rules, attack paths and registers ask.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasRole(AssetType role);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A remote-access gateway or VPN server by type or additional role: where sessions from outside must enter (EXT-03, EXT-05).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isRemoteAccessGateway();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An entry point: a device inside the plant (not a firewall or data diode) that faces an outside network: a modem, an internet-exposed device, one with an interface in an outside or WAN zone, one that terminates or enforces a conduit to such a zone or over an untrusted medium, or one with its own cellular or satellite uplink (EXT rules, SEG-09, attack paths).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isEntryPoint();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where a session comes from outside: an asset in an outside network or an entry point.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isExternalOrigin();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this enforcement device protects the given end zone of a conduit: it sits at that end's site, or, where the sites are not recorded, in the end zone or a zone above or below it (BND-07).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean protectsEnd(Zone end);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firewalls and data diodes.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isEnforcementDevice();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IDS, IPS and NSM sensors.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isMonitoringDevice();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PLC, RTU, IED, safety, DCS controllers and PACs.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isController();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business IT (ERP, mail, office workstations, corporate services).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isBusinessAsset();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industrial automation and control system assets.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isIacsAsset();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conduits this asset enforces.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Conduit> getEnforcedConduits();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conduits this asset monitors.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Conduit> getMonitoredConduits();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows this asset initiates.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Flow> getOutgoingFlows();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows this asset responds to.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Flow> getIncomingFlows();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BND-02: the rule set ends (highest order) with a deny-all rule (deny; source, destination and service any). ATT&CK coverage asks the same query.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean endsWithDenyAll();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PRO-03: listening services no flow to this asset uses (protocol and ports must fit; unknown values fit). ATT&CK coverage asks the same query.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<ListeningService> getUnusedServices();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First-match evaluation of this device's ordered rule set: true when the first rule matching the flow allows it.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean permits(Flow flow);

} // Asset
