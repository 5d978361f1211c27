/**
 */
package org.itot.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.AttackReference;
import org.itot.model.Conduit;
import org.itot.model.Criticality;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.ListeningService;
import org.itot.model.NetworkInterface;
import org.itot.model.Ownership;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.AssetImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getAdditionalRoles <em>Additional Roles</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isSafetySystem <em>Safety System</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isDiscovered <em>Discovered</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getSlCapability <em>Sl Capability</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getProductModel <em>Product Model</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isInternetExposed <em>Internet Exposed</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isWireless <em>Wireless</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isRemoteAccessEnabled <em>Remote Access Enabled</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isMfa <em>Mfa</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isDefaultCredentialsChanged <em>Default Credentials Changed</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isHardcodedCredentials <em>Hardcoded Credentials</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#isInline <em>Inline</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getRedundancyGroup <em>Redundancy Group</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getListeningServices <em>Listening Services</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getPatchSource <em>Patch Source</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getAvSource <em>Av Source</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getLogsTo <em>Logs To</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getAttackAsset <em>Attack Asset</em>}</li>
 *   <li>{@link org.itot.model.impl.AssetImpl#getFirewallRules <em>Firewall Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssetImpl extends ModelElementImpl implements Asset
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final AssetType TYPE_EDEFAULT = AssetType.PLC;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AssetType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdditionalRoles() <em>Additional Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<AssetType> additionalRoles;

	/**
	 * The default value of the '{@link #isSafetySystem() <em>Safety System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetySystem()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAFETY_SYSTEM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSafetySystem() <em>Safety System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetySystem()
	 * @generated
	 * @ordered
	 */
	protected boolean safetySystem = SAFETY_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCOVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected boolean discovered = DISCOVERED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> interfaces;

	/**
	 * The cached value of the '{@link #getSlCapability() <em>Sl Capability</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlCapability()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevelVector slCapability;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final Ownership OWNER_EDEFAULT = Ownership.UNASSIGNED;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Ownership owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductModel() <em>Product Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductModel()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductModel() <em>Product Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductModel()
	 * @generated
	 * @ordered
	 */
	protected String productModel = PRODUCT_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected static final Criticality CRITICALITY_EDEFAULT = Criticality.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected Criticality criticality = CRITICALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isInternetExposed() <em>Internet Exposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternetExposed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERNET_EXPOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInternetExposed() <em>Internet Exposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternetExposed()
	 * @generated
	 * @ordered
	 */
	protected boolean internetExposed = INTERNET_EXPOSED_EDEFAULT;

	/**
	 * The default value of the '{@link #isWireless() <em>Wireless</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWireless()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WIRELESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWireless() <em>Wireless</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWireless()
	 * @generated
	 * @ordered
	 */
	protected boolean wireless = WIRELESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRemoteAccessEnabled() <em>Remote Access Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccessEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REMOTE_ACCESS_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRemoteAccessEnabled() <em>Remote Access Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccessEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean remoteAccessEnabled = REMOTE_ACCESS_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected boolean mfa = MFA_EDEFAULT;

	/**
	 * The default value of the '{@link #isDefaultCredentialsChanged() <em>Default Credentials Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaultCredentialsChanged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEFAULT_CREDENTIALS_CHANGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDefaultCredentialsChanged() <em>Default Credentials Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaultCredentialsChanged()
	 * @generated
	 * @ordered
	 */
	protected boolean defaultCredentialsChanged = DEFAULT_CREDENTIALS_CHANGED_EDEFAULT;

	/**
	 * The default value of the '{@link #isHardcodedCredentials() <em>Hardcoded Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardcodedCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HARDCODED_CREDENTIALS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHardcodedCredentials() <em>Hardcoded Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardcodedCredentials()
	 * @generated
	 * @ordered
	 */
	protected boolean hardcodedCredentials = HARDCODED_CREDENTIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INLINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected boolean inline = INLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedundancyGroup() <em>Redundancy Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedundancyGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String REDUNDANCY_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRedundancyGroup() <em>Redundancy Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedundancyGroup()
	 * @generated
	 * @ordered
	 */
	protected String redundancyGroup = REDUNDANCY_GROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getListeningServices() <em>Listening Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListeningServices()
	 * @generated
	 * @ordered
	 */
	protected EList<ListeningService> listeningServices;

	/**
	 * The cached value of the '{@link #getPatchSource() <em>Patch Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchSource()
	 * @generated
	 * @ordered
	 */
	protected Asset patchSource;

	/**
	 * The cached value of the '{@link #getAvSource() <em>Av Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvSource()
	 * @generated
	 * @ordered
	 */
	protected Asset avSource;

	/**
	 * The cached value of the '{@link #getLogsTo() <em>Logs To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogsTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> logsTo;

	/**
	 * The cached value of the '{@link #getAttackAsset() <em>Attack Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttackAsset()
	 * @generated
	 * @ordered
	 */
	protected AttackReference attackAsset;

	/**
	 * The cached value of the '{@link #getFirewallRules() <em>Firewall Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirewallRules()
	 * @generated
	 * @ordered
	 */
	protected EList<FirewallRule> firewallRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssetImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ItotPackage.Literals.ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AssetType newType)
	{
		AssetType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssetType> getAdditionalRoles()
	{
		if (additionalRoles == null)
		{
			additionalRoles = new EDataTypeUniqueEList<AssetType>(AssetType.class, this, ItotPackage.ASSET__ADDITIONAL_ROLES);
		}
		return additionalRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSafetySystem()
	{
		return safetySystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetySystem(boolean newSafetySystem)
	{
		boolean oldSafetySystem = safetySystem;
		safetySystem = newSafetySystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__SAFETY_SYSTEM, oldSafetySystem, safetySystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiscovered()
	{
		return discovered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscovered(boolean newDiscovered)
	{
		boolean oldDiscovered = discovered;
		discovered = newDiscovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__DISCOVERED, oldDiscovered, discovered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getInterfaces()
	{
		if (interfaces == null)
		{
			interfaces = new EObjectContainmentEList<NetworkInterface>(NetworkInterface.class, this, ItotPackage.ASSET__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevelVector getSlCapability()
	{
		return slCapability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSlCapability(SecurityLevelVector newSlCapability, NotificationChain msgs)
	{
		SecurityLevelVector oldSlCapability = slCapability;
		slCapability = newSlCapability;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__SL_CAPABILITY, oldSlCapability, newSlCapability);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlCapability(SecurityLevelVector newSlCapability)
	{
		if (newSlCapability != slCapability)
		{
			NotificationChain msgs = null;
			if (slCapability != null)
				msgs = ((InternalEObject)slCapability).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ASSET__SL_CAPABILITY, null, msgs);
			if (newSlCapability != null)
				msgs = ((InternalEObject)newSlCapability).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ASSET__SL_CAPABILITY, null, msgs);
			msgs = basicSetSlCapability(newSlCapability, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__SL_CAPABILITY, newSlCapability, newSlCapability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ownership getOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Ownership newOwner)
	{
		Ownership oldOwner = owner;
		owner = newOwner == null ? OWNER_EDEFAULT : newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor()
	{
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor)
	{
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductModel()
	{
		return productModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductModel(String newProductModel)
	{
		String oldProductModel = productModel;
		productModel = newProductModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__PRODUCT_MODEL, oldProductModel, productModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware()
	{
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware)
	{
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criticality getCriticality()
	{
		return criticality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticality(Criticality newCriticality)
	{
		Criticality oldCriticality = criticality;
		criticality = newCriticality == null ? CRITICALITY_EDEFAULT : newCriticality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__CRITICALITY, oldCriticality, criticality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation()
	{
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation)
	{
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInternetExposed()
	{
		return internetExposed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternetExposed(boolean newInternetExposed)
	{
		boolean oldInternetExposed = internetExposed;
		internetExposed = newInternetExposed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__INTERNET_EXPOSED, oldInternetExposed, internetExposed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWireless()
	{
		return wireless;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireless(boolean newWireless)
	{
		boolean oldWireless = wireless;
		wireless = newWireless;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__WIRELESS, oldWireless, wireless));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemoteAccessEnabled()
	{
		return remoteAccessEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAccessEnabled(boolean newRemoteAccessEnabled)
	{
		boolean oldRemoteAccessEnabled = remoteAccessEnabled;
		remoteAccessEnabled = newRemoteAccessEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__REMOTE_ACCESS_ENABLED, oldRemoteAccessEnabled, remoteAccessEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfa()
	{
		return mfa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfa(boolean newMfa)
	{
		boolean oldMfa = mfa;
		mfa = newMfa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__MFA, oldMfa, mfa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDefaultCredentialsChanged()
	{
		return defaultCredentialsChanged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCredentialsChanged(boolean newDefaultCredentialsChanged)
	{
		boolean oldDefaultCredentialsChanged = defaultCredentialsChanged;
		defaultCredentialsChanged = newDefaultCredentialsChanged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED, oldDefaultCredentialsChanged, defaultCredentialsChanged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHardcodedCredentials()
	{
		return hardcodedCredentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardcodedCredentials(boolean newHardcodedCredentials)
	{
		boolean oldHardcodedCredentials = hardcodedCredentials;
		hardcodedCredentials = newHardcodedCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__HARDCODED_CREDENTIALS, oldHardcodedCredentials, hardcodedCredentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInline()
	{
		return inline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInline(boolean newInline)
	{
		boolean oldInline = inline;
		inline = newInline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__INLINE, oldInline, inline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRedundancyGroup()
	{
		return redundancyGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedundancyGroup(String newRedundancyGroup)
	{
		String oldRedundancyGroup = redundancyGroup;
		redundancyGroup = newRedundancyGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__REDUNDANCY_GROUP, oldRedundancyGroup, redundancyGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListeningService> getListeningServices()
	{
		if (listeningServices == null)
		{
			listeningServices = new EObjectContainmentEList<ListeningService>(ListeningService.class, this, ItotPackage.ASSET__LISTENING_SERVICES);
		}
		return listeningServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getPatchSource()
	{
		if (patchSource != null && patchSource.eIsProxy())
		{
			InternalEObject oldPatchSource = (InternalEObject)patchSource;
			patchSource = (Asset)eResolveProxy(oldPatchSource);
			if (patchSource != oldPatchSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.ASSET__PATCH_SOURCE, oldPatchSource, patchSource));
			}
		}
		return patchSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetPatchSource()
	{
		return patchSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatchSource(Asset newPatchSource)
	{
		Asset oldPatchSource = patchSource;
		patchSource = newPatchSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__PATCH_SOURCE, oldPatchSource, patchSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getAvSource()
	{
		if (avSource != null && avSource.eIsProxy())
		{
			InternalEObject oldAvSource = (InternalEObject)avSource;
			avSource = (Asset)eResolveProxy(oldAvSource);
			if (avSource != oldAvSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.ASSET__AV_SOURCE, oldAvSource, avSource));
			}
		}
		return avSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetAvSource()
	{
		return avSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvSource(Asset newAvSource)
	{
		Asset oldAvSource = avSource;
		avSource = newAvSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__AV_SOURCE, oldAvSource, avSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getLogsTo()
	{
		if (logsTo == null)
		{
			logsTo = new EObjectResolvingEList<Asset>(Asset.class, this, ItotPackage.ASSET__LOGS_TO);
		}
		return logsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttackReference getAttackAsset()
	{
		if (attackAsset != null && attackAsset.eIsProxy())
		{
			InternalEObject oldAttackAsset = (InternalEObject)attackAsset;
			attackAsset = (AttackReference)eResolveProxy(oldAttackAsset);
			if (attackAsset != oldAttackAsset)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.ASSET__ATTACK_ASSET, oldAttackAsset, attackAsset));
			}
		}
		return attackAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttackReference basicGetAttackAsset()
	{
		return attackAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttackAsset(AttackReference newAttackAsset)
	{
		AttackReference oldAttackAsset = attackAsset;
		attackAsset = newAttackAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ASSET__ATTACK_ASSET, oldAttackAsset, attackAsset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FirewallRule> getFirewallRules()
	{
		if (firewallRules == null)
		{
			firewallRules = new EObjectContainmentEList<FirewallRule>(FirewallRule.class, this, ItotPackage.ASSET__FIREWALL_RULES);
		}
		return firewallRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getZone()
	{
		return org.itot.model.query.AssetQuery.zone(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getInterfaceZones()
	{
		return org.itot.model.query.AssetQuery.interfaceZones(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasRole(final AssetType role)
	{
		return org.itot.model.query.AssetQuery.hasRole(this, role);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemoteAccessGateway()
	{
		return org.itot.model.query.AssetQuery.isRemoteAccessGateway(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEntryPoint()
	{
		return org.itot.model.query.EntryPoints.isEntryPoint(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternalOrigin()
	{
		return org.itot.model.query.EntryPoints.isExternalOrigin(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean protectsEnd(final Zone end)
	{
		return org.itot.model.query.ConduitQuery.protectsEnd(this, end);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnforcementDevice()
	{
		return org.itot.model.query.AssetQuery.isEnforcementDevice(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMonitoringDevice()
	{
		return org.itot.model.query.AssetQuery.isMonitoringDevice(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isController()
	{
		return org.itot.model.query.AssetQuery.isController(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBusinessAsset()
	{
		return org.itot.model.query.AssetQuery.isBusinessAsset(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIacsAsset()
	{
		return org.itot.model.query.AssetQuery.isIacsAsset(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getEnforcedConduits()
	{
		return org.itot.model.query.InverseReferences.enforcedConduits(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getMonitoredConduits()
	{
		return org.itot.model.query.InverseReferences.monitoredConduits(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getOutgoingFlows()
	{
		return org.itot.model.query.InverseReferences.outgoingFlows(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getIncomingFlows()
	{
		return org.itot.model.query.InverseReferences.incomingFlows(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean endsWithDenyAll()
	{
		return org.itot.model.query.FirewallRuleQuery.endsWithDenyAll(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListeningService> getUnusedServices()
	{
		return org.itot.model.query.ListeningServiceQuery.unused(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean permits(final Flow flow)
	{
		return org.itot.model.query.FirewallRuleQuery.permits(this, flow);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItotPackage.ASSET__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
			case ItotPackage.ASSET__SL_CAPABILITY:
				return basicSetSlCapability(null, msgs);
			case ItotPackage.ASSET__LISTENING_SERVICES:
				return ((InternalEList<?>)getListeningServices()).basicRemove(otherEnd, msgs);
			case ItotPackage.ASSET__FIREWALL_RULES:
				return ((InternalEList<?>)getFirewallRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ItotPackage.ASSET__TYPE:
				return getType();
			case ItotPackage.ASSET__ADDITIONAL_ROLES:
				return getAdditionalRoles();
			case ItotPackage.ASSET__SAFETY_SYSTEM:
				return isSafetySystem();
			case ItotPackage.ASSET__DISCOVERED:
				return isDiscovered();
			case ItotPackage.ASSET__INTERFACES:
				return getInterfaces();
			case ItotPackage.ASSET__SL_CAPABILITY:
				return getSlCapability();
			case ItotPackage.ASSET__OWNER:
				return getOwner();
			case ItotPackage.ASSET__VENDOR:
				return getVendor();
			case ItotPackage.ASSET__PRODUCT_MODEL:
				return getProductModel();
			case ItotPackage.ASSET__FIRMWARE:
				return getFirmware();
			case ItotPackage.ASSET__CRITICALITY:
				return getCriticality();
			case ItotPackage.ASSET__LOCATION:
				return getLocation();
			case ItotPackage.ASSET__INTERNET_EXPOSED:
				return isInternetExposed();
			case ItotPackage.ASSET__WIRELESS:
				return isWireless();
			case ItotPackage.ASSET__REMOTE_ACCESS_ENABLED:
				return isRemoteAccessEnabled();
			case ItotPackage.ASSET__MFA:
				return isMfa();
			case ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED:
				return isDefaultCredentialsChanged();
			case ItotPackage.ASSET__HARDCODED_CREDENTIALS:
				return isHardcodedCredentials();
			case ItotPackage.ASSET__INLINE:
				return isInline();
			case ItotPackage.ASSET__REDUNDANCY_GROUP:
				return getRedundancyGroup();
			case ItotPackage.ASSET__LISTENING_SERVICES:
				return getListeningServices();
			case ItotPackage.ASSET__PATCH_SOURCE:
				if (resolve) return getPatchSource();
				return basicGetPatchSource();
			case ItotPackage.ASSET__AV_SOURCE:
				if (resolve) return getAvSource();
				return basicGetAvSource();
			case ItotPackage.ASSET__LOGS_TO:
				return getLogsTo();
			case ItotPackage.ASSET__ATTACK_ASSET:
				if (resolve) return getAttackAsset();
				return basicGetAttackAsset();
			case ItotPackage.ASSET__FIREWALL_RULES:
				return getFirewallRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItotPackage.ASSET__TYPE:
				setType((AssetType)newValue);
				return;
			case ItotPackage.ASSET__ADDITIONAL_ROLES:
				getAdditionalRoles().clear();
				getAdditionalRoles().addAll((Collection<? extends AssetType>)newValue);
				return;
			case ItotPackage.ASSET__SAFETY_SYSTEM:
				setSafetySystem((Boolean)newValue);
				return;
			case ItotPackage.ASSET__DISCOVERED:
				setDiscovered((Boolean)newValue);
				return;
			case ItotPackage.ASSET__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ItotPackage.ASSET__SL_CAPABILITY:
				setSlCapability((SecurityLevelVector)newValue);
				return;
			case ItotPackage.ASSET__OWNER:
				setOwner((Ownership)newValue);
				return;
			case ItotPackage.ASSET__VENDOR:
				setVendor((String)newValue);
				return;
			case ItotPackage.ASSET__PRODUCT_MODEL:
				setProductModel((String)newValue);
				return;
			case ItotPackage.ASSET__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case ItotPackage.ASSET__CRITICALITY:
				setCriticality((Criticality)newValue);
				return;
			case ItotPackage.ASSET__LOCATION:
				setLocation((String)newValue);
				return;
			case ItotPackage.ASSET__INTERNET_EXPOSED:
				setInternetExposed((Boolean)newValue);
				return;
			case ItotPackage.ASSET__WIRELESS:
				setWireless((Boolean)newValue);
				return;
			case ItotPackage.ASSET__REMOTE_ACCESS_ENABLED:
				setRemoteAccessEnabled((Boolean)newValue);
				return;
			case ItotPackage.ASSET__MFA:
				setMfa((Boolean)newValue);
				return;
			case ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED:
				setDefaultCredentialsChanged((Boolean)newValue);
				return;
			case ItotPackage.ASSET__HARDCODED_CREDENTIALS:
				setHardcodedCredentials((Boolean)newValue);
				return;
			case ItotPackage.ASSET__INLINE:
				setInline((Boolean)newValue);
				return;
			case ItotPackage.ASSET__REDUNDANCY_GROUP:
				setRedundancyGroup((String)newValue);
				return;
			case ItotPackage.ASSET__LISTENING_SERVICES:
				getListeningServices().clear();
				getListeningServices().addAll((Collection<? extends ListeningService>)newValue);
				return;
			case ItotPackage.ASSET__PATCH_SOURCE:
				setPatchSource((Asset)newValue);
				return;
			case ItotPackage.ASSET__AV_SOURCE:
				setAvSource((Asset)newValue);
				return;
			case ItotPackage.ASSET__LOGS_TO:
				getLogsTo().clear();
				getLogsTo().addAll((Collection<? extends Asset>)newValue);
				return;
			case ItotPackage.ASSET__ATTACK_ASSET:
				setAttackAsset((AttackReference)newValue);
				return;
			case ItotPackage.ASSET__FIREWALL_RULES:
				getFirewallRules().clear();
				getFirewallRules().addAll((Collection<? extends FirewallRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ItotPackage.ASSET__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ItotPackage.ASSET__ADDITIONAL_ROLES:
				getAdditionalRoles().clear();
				return;
			case ItotPackage.ASSET__SAFETY_SYSTEM:
				setSafetySystem(SAFETY_SYSTEM_EDEFAULT);
				return;
			case ItotPackage.ASSET__DISCOVERED:
				setDiscovered(DISCOVERED_EDEFAULT);
				return;
			case ItotPackage.ASSET__INTERFACES:
				getInterfaces().clear();
				return;
			case ItotPackage.ASSET__SL_CAPABILITY:
				setSlCapability((SecurityLevelVector)null);
				return;
			case ItotPackage.ASSET__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case ItotPackage.ASSET__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case ItotPackage.ASSET__PRODUCT_MODEL:
				setProductModel(PRODUCT_MODEL_EDEFAULT);
				return;
			case ItotPackage.ASSET__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case ItotPackage.ASSET__CRITICALITY:
				setCriticality(CRITICALITY_EDEFAULT);
				return;
			case ItotPackage.ASSET__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ItotPackage.ASSET__INTERNET_EXPOSED:
				setInternetExposed(INTERNET_EXPOSED_EDEFAULT);
				return;
			case ItotPackage.ASSET__WIRELESS:
				setWireless(WIRELESS_EDEFAULT);
				return;
			case ItotPackage.ASSET__REMOTE_ACCESS_ENABLED:
				setRemoteAccessEnabled(REMOTE_ACCESS_ENABLED_EDEFAULT);
				return;
			case ItotPackage.ASSET__MFA:
				setMfa(MFA_EDEFAULT);
				return;
			case ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED:
				setDefaultCredentialsChanged(DEFAULT_CREDENTIALS_CHANGED_EDEFAULT);
				return;
			case ItotPackage.ASSET__HARDCODED_CREDENTIALS:
				setHardcodedCredentials(HARDCODED_CREDENTIALS_EDEFAULT);
				return;
			case ItotPackage.ASSET__INLINE:
				setInline(INLINE_EDEFAULT);
				return;
			case ItotPackage.ASSET__REDUNDANCY_GROUP:
				setRedundancyGroup(REDUNDANCY_GROUP_EDEFAULT);
				return;
			case ItotPackage.ASSET__LISTENING_SERVICES:
				getListeningServices().clear();
				return;
			case ItotPackage.ASSET__PATCH_SOURCE:
				setPatchSource((Asset)null);
				return;
			case ItotPackage.ASSET__AV_SOURCE:
				setAvSource((Asset)null);
				return;
			case ItotPackage.ASSET__LOGS_TO:
				getLogsTo().clear();
				return;
			case ItotPackage.ASSET__ATTACK_ASSET:
				setAttackAsset((AttackReference)null);
				return;
			case ItotPackage.ASSET__FIREWALL_RULES:
				getFirewallRules().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ItotPackage.ASSET__TYPE:
				return type != TYPE_EDEFAULT;
			case ItotPackage.ASSET__ADDITIONAL_ROLES:
				return additionalRoles != null && !additionalRoles.isEmpty();
			case ItotPackage.ASSET__SAFETY_SYSTEM:
				return safetySystem != SAFETY_SYSTEM_EDEFAULT;
			case ItotPackage.ASSET__DISCOVERED:
				return discovered != DISCOVERED_EDEFAULT;
			case ItotPackage.ASSET__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case ItotPackage.ASSET__SL_CAPABILITY:
				return slCapability != null;
			case ItotPackage.ASSET__OWNER:
				return owner != OWNER_EDEFAULT;
			case ItotPackage.ASSET__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case ItotPackage.ASSET__PRODUCT_MODEL:
				return PRODUCT_MODEL_EDEFAULT == null ? productModel != null : !PRODUCT_MODEL_EDEFAULT.equals(productModel);
			case ItotPackage.ASSET__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case ItotPackage.ASSET__CRITICALITY:
				return criticality != CRITICALITY_EDEFAULT;
			case ItotPackage.ASSET__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ItotPackage.ASSET__INTERNET_EXPOSED:
				return internetExposed != INTERNET_EXPOSED_EDEFAULT;
			case ItotPackage.ASSET__WIRELESS:
				return wireless != WIRELESS_EDEFAULT;
			case ItotPackage.ASSET__REMOTE_ACCESS_ENABLED:
				return remoteAccessEnabled != REMOTE_ACCESS_ENABLED_EDEFAULT;
			case ItotPackage.ASSET__MFA:
				return mfa != MFA_EDEFAULT;
			case ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED:
				return defaultCredentialsChanged != DEFAULT_CREDENTIALS_CHANGED_EDEFAULT;
			case ItotPackage.ASSET__HARDCODED_CREDENTIALS:
				return hardcodedCredentials != HARDCODED_CREDENTIALS_EDEFAULT;
			case ItotPackage.ASSET__INLINE:
				return inline != INLINE_EDEFAULT;
			case ItotPackage.ASSET__REDUNDANCY_GROUP:
				return REDUNDANCY_GROUP_EDEFAULT == null ? redundancyGroup != null : !REDUNDANCY_GROUP_EDEFAULT.equals(redundancyGroup);
			case ItotPackage.ASSET__LISTENING_SERVICES:
				return listeningServices != null && !listeningServices.isEmpty();
			case ItotPackage.ASSET__PATCH_SOURCE:
				return patchSource != null;
			case ItotPackage.ASSET__AV_SOURCE:
				return avSource != null;
			case ItotPackage.ASSET__LOGS_TO:
				return logsTo != null && !logsTo.isEmpty();
			case ItotPackage.ASSET__ATTACK_ASSET:
				return attackAsset != null;
			case ItotPackage.ASSET__FIREWALL_RULES:
				return firewallRules != null && !firewallRules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case ItotPackage.ASSET___GET_ZONE:
				return getZone();
			case ItotPackage.ASSET___GET_INTERFACE_ZONES:
				return getInterfaceZones();
			case ItotPackage.ASSET___HAS_ROLE__ASSETTYPE:
				return hasRole((AssetType)arguments.get(0));
			case ItotPackage.ASSET___IS_REMOTE_ACCESS_GATEWAY:
				return isRemoteAccessGateway();
			case ItotPackage.ASSET___IS_ENTRY_POINT:
				return isEntryPoint();
			case ItotPackage.ASSET___IS_EXTERNAL_ORIGIN:
				return isExternalOrigin();
			case ItotPackage.ASSET___PROTECTS_END__ZONE:
				return protectsEnd((Zone)arguments.get(0));
			case ItotPackage.ASSET___IS_ENFORCEMENT_DEVICE:
				return isEnforcementDevice();
			case ItotPackage.ASSET___IS_MONITORING_DEVICE:
				return isMonitoringDevice();
			case ItotPackage.ASSET___IS_CONTROLLER:
				return isController();
			case ItotPackage.ASSET___IS_BUSINESS_ASSET:
				return isBusinessAsset();
			case ItotPackage.ASSET___IS_IACS_ASSET:
				return isIacsAsset();
			case ItotPackage.ASSET___GET_ENFORCED_CONDUITS:
				return getEnforcedConduits();
			case ItotPackage.ASSET___GET_MONITORED_CONDUITS:
				return getMonitoredConduits();
			case ItotPackage.ASSET___GET_OUTGOING_FLOWS:
				return getOutgoingFlows();
			case ItotPackage.ASSET___GET_INCOMING_FLOWS:
				return getIncomingFlows();
			case ItotPackage.ASSET___ENDS_WITH_DENY_ALL:
				return endsWithDenyAll();
			case ItotPackage.ASSET___GET_UNUSED_SERVICES:
				return getUnusedServices();
			case ItotPackage.ASSET___PERMITS__FLOW:
				return permits((Flow)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (type: ");
		result.append(type);
		result.append(", additionalRoles: ");
		result.append(additionalRoles);
		result.append(", safetySystem: ");
		result.append(safetySystem);
		result.append(", discovered: ");
		result.append(discovered);
		result.append(", owner: ");
		result.append(owner);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", productModel: ");
		result.append(productModel);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", criticality: ");
		result.append(criticality);
		result.append(", location: ");
		result.append(location);
		result.append(", internetExposed: ");
		result.append(internetExposed);
		result.append(", wireless: ");
		result.append(wireless);
		result.append(", remoteAccessEnabled: ");
		result.append(remoteAccessEnabled);
		result.append(", mfa: ");
		result.append(mfa);
		result.append(", defaultCredentialsChanged: ");
		result.append(defaultCredentialsChanged);
		result.append(", hardcodedCredentials: ");
		result.append(hardcodedCredentials);
		result.append(", inline: ");
		result.append(inline);
		result.append(", redundancyGroup: ");
		result.append(redundancyGroup);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
