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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.Ownership;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conduit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getSlTarget <em>Sl Target</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getEnforcedBy <em>Enforced By</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getMonitoredBy <em>Monitored By</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getTerminatedBy <em>Terminated By</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getMedium <em>Medium</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#isAuthenticated <em>Authenticated</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#isUnidirectional <em>Unidirectional</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getAllowedSource <em>Allowed Source</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.impl.ConduitImpl#getAccountableOrganisation <em>Accountable Organisation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConduitImpl extends ModelElementImpl implements Conduit
{
	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> zones;

	/**
	 * The cached value of the '{@link #getSlTarget() <em>Sl Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlTarget()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevelVector slTarget;

	/**
	 * The cached value of the '{@link #getEnforcedBy() <em>Enforced By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnforcedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> enforcedBy;

	/**
	 * The cached value of the '{@link #getMonitoredBy() <em>Monitored By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoredBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> monitoredBy;

	/**
	 * The cached value of the '{@link #getTerminatedBy() <em>Terminated By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminatedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> terminatedBy;

	/**
	 * The default value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected static final ConduitMedium MEDIUM_EDEFAULT = ConduitMedium.LAN;

	/**
	 * The cached value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected ConduitMedium medium = MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean encrypted = ENCRYPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isAuthenticated() <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthenticated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTHENTICATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAuthenticated() <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthenticated()
	 * @generated
	 * @ordered
	 */
	protected boolean authenticated = AUTHENTICATED_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnidirectional() <em>Unidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnidirectional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNIDIRECTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnidirectional() <em>Unidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnidirectional()
	 * @generated
	 * @ordered
	 */
	protected boolean unidirectional = UNIDIRECTIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedSource() <em>Allowed Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedSource()
	 * @generated
	 * @ordered
	 */
	protected Zone allowedSource;

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
	 * The default value of the '{@link #getAccountableOrganisation() <em>Accountable Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountableOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNTABLE_ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountableOrganisation() <em>Accountable Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountableOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String accountableOrganisation = ACCOUNTABLE_ORGANISATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConduitImpl()
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
		return ItotPackage.Literals.CONDUIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getZones()
	{
		if (zones == null)
		{
			zones = new EObjectResolvingEList<Zone>(Zone.class, this, ItotPackage.CONDUIT__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevelVector getSlTarget()
	{
		return slTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSlTarget(SecurityLevelVector newSlTarget, NotificationChain msgs)
	{
		SecurityLevelVector oldSlTarget = slTarget;
		slTarget = newSlTarget;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__SL_TARGET, oldSlTarget, newSlTarget);
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
	public void setSlTarget(SecurityLevelVector newSlTarget)
	{
		if (newSlTarget != slTarget)
		{
			NotificationChain msgs = null;
			if (slTarget != null)
				msgs = ((InternalEObject)slTarget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItotPackage.CONDUIT__SL_TARGET, null, msgs);
			if (newSlTarget != null)
				msgs = ((InternalEObject)newSlTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItotPackage.CONDUIT__SL_TARGET, null, msgs);
			msgs = basicSetSlTarget(newSlTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__SL_TARGET, newSlTarget, newSlTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getEnforcedBy()
	{
		if (enforcedBy == null)
		{
			enforcedBy = new EObjectResolvingEList<Asset>(Asset.class, this, ItotPackage.CONDUIT__ENFORCED_BY);
		}
		return enforcedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getMonitoredBy()
	{
		if (monitoredBy == null)
		{
			monitoredBy = new EObjectResolvingEList<Asset>(Asset.class, this, ItotPackage.CONDUIT__MONITORED_BY);
		}
		return monitoredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getTerminatedBy()
	{
		if (terminatedBy == null)
		{
			terminatedBy = new EObjectResolvingEList<Asset>(Asset.class, this, ItotPackage.CONDUIT__TERMINATED_BY);
		}
		return terminatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConduitMedium getMedium()
	{
		return medium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedium(ConduitMedium newMedium)
	{
		ConduitMedium oldMedium = medium;
		medium = newMedium == null ? MEDIUM_EDEFAULT : newMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__MEDIUM, oldMedium, medium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncrypted()
	{
		return encrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncrypted(boolean newEncrypted)
	{
		boolean oldEncrypted = encrypted;
		encrypted = newEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__ENCRYPTED, oldEncrypted, encrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAuthenticated()
	{
		return authenticated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthenticated(boolean newAuthenticated)
	{
		boolean oldAuthenticated = authenticated;
		authenticated = newAuthenticated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__AUTHENTICATED, oldAuthenticated, authenticated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnidirectional()
	{
		return unidirectional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnidirectional(boolean newUnidirectional)
	{
		boolean oldUnidirectional = unidirectional;
		unidirectional = newUnidirectional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__UNIDIRECTIONAL, oldUnidirectional, unidirectional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getAllowedSource()
	{
		if (allowedSource != null && allowedSource.eIsProxy())
		{
			InternalEObject oldAllowedSource = (InternalEObject)allowedSource;
			allowedSource = (Zone)eResolveProxy(oldAllowedSource);
			if (allowedSource != oldAllowedSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.CONDUIT__ALLOWED_SOURCE, oldAllowedSource, allowedSource));
			}
		}
		return allowedSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetAllowedSource()
	{
		return allowedSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowedSource(Zone newAllowedSource)
	{
		Zone oldAllowedSource = allowedSource;
		allowedSource = newAllowedSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__ALLOWED_SOURCE, oldAllowedSource, allowedSource));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountableOrganisation()
	{
		return accountableOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountableOrganisation(String newAccountableOrganisation)
	{
		String oldAccountableOrganisation = accountableOrganisation;
		accountableOrganisation = newAccountableOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.CONDUIT__ACCOUNTABLE_ORGANISATION, oldAccountableOrganisation, accountableOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean joins(final Zone first, final Zone second)
	{
		return org.itot.model.query.ConduitQuery.joins(this, first, second);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getOtherZone(final Zone zone)
	{
		return org.itot.model.query.ConduitQuery.otherZone(this, zone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows()
	{
		return org.itot.model.query.ConduitQuery.flows(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean facesOutside()
	{
		return org.itot.model.query.EntryPoints.facesOutside(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getEndsWithoutEnforcementPoint()
	{
		return org.itot.model.query.ConduitQuery.endsWithoutEnforcementPoint(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUntrustedMedium()
	{
		return org.itot.model.query.ConduitQuery.isUntrustedMedium(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoutable()
	{
		return org.itot.model.query.ConduitQuery.isRoutable(this);
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
			case ItotPackage.CONDUIT__SL_TARGET:
				return basicSetSlTarget(null, msgs);
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
			case ItotPackage.CONDUIT__ZONES:
				return getZones();
			case ItotPackage.CONDUIT__SL_TARGET:
				return getSlTarget();
			case ItotPackage.CONDUIT__ENFORCED_BY:
				return getEnforcedBy();
			case ItotPackage.CONDUIT__MONITORED_BY:
				return getMonitoredBy();
			case ItotPackage.CONDUIT__TERMINATED_BY:
				return getTerminatedBy();
			case ItotPackage.CONDUIT__MEDIUM:
				return getMedium();
			case ItotPackage.CONDUIT__ENCRYPTED:
				return isEncrypted();
			case ItotPackage.CONDUIT__AUTHENTICATED:
				return isAuthenticated();
			case ItotPackage.CONDUIT__UNIDIRECTIONAL:
				return isUnidirectional();
			case ItotPackage.CONDUIT__ALLOWED_SOURCE:
				if (resolve) return getAllowedSource();
				return basicGetAllowedSource();
			case ItotPackage.CONDUIT__OWNER:
				return getOwner();
			case ItotPackage.CONDUIT__ACCOUNTABLE_ORGANISATION:
				return getAccountableOrganisation();
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
			case ItotPackage.CONDUIT__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case ItotPackage.CONDUIT__SL_TARGET:
				setSlTarget((SecurityLevelVector)newValue);
				return;
			case ItotPackage.CONDUIT__ENFORCED_BY:
				getEnforcedBy().clear();
				getEnforcedBy().addAll((Collection<? extends Asset>)newValue);
				return;
			case ItotPackage.CONDUIT__MONITORED_BY:
				getMonitoredBy().clear();
				getMonitoredBy().addAll((Collection<? extends Asset>)newValue);
				return;
			case ItotPackage.CONDUIT__TERMINATED_BY:
				getTerminatedBy().clear();
				getTerminatedBy().addAll((Collection<? extends Asset>)newValue);
				return;
			case ItotPackage.CONDUIT__MEDIUM:
				setMedium((ConduitMedium)newValue);
				return;
			case ItotPackage.CONDUIT__ENCRYPTED:
				setEncrypted((Boolean)newValue);
				return;
			case ItotPackage.CONDUIT__AUTHENTICATED:
				setAuthenticated((Boolean)newValue);
				return;
			case ItotPackage.CONDUIT__UNIDIRECTIONAL:
				setUnidirectional((Boolean)newValue);
				return;
			case ItotPackage.CONDUIT__ALLOWED_SOURCE:
				setAllowedSource((Zone)newValue);
				return;
			case ItotPackage.CONDUIT__OWNER:
				setOwner((Ownership)newValue);
				return;
			case ItotPackage.CONDUIT__ACCOUNTABLE_ORGANISATION:
				setAccountableOrganisation((String)newValue);
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
			case ItotPackage.CONDUIT__ZONES:
				getZones().clear();
				return;
			case ItotPackage.CONDUIT__SL_TARGET:
				setSlTarget((SecurityLevelVector)null);
				return;
			case ItotPackage.CONDUIT__ENFORCED_BY:
				getEnforcedBy().clear();
				return;
			case ItotPackage.CONDUIT__MONITORED_BY:
				getMonitoredBy().clear();
				return;
			case ItotPackage.CONDUIT__TERMINATED_BY:
				getTerminatedBy().clear();
				return;
			case ItotPackage.CONDUIT__MEDIUM:
				setMedium(MEDIUM_EDEFAULT);
				return;
			case ItotPackage.CONDUIT__ENCRYPTED:
				setEncrypted(ENCRYPTED_EDEFAULT);
				return;
			case ItotPackage.CONDUIT__AUTHENTICATED:
				setAuthenticated(AUTHENTICATED_EDEFAULT);
				return;
			case ItotPackage.CONDUIT__UNIDIRECTIONAL:
				setUnidirectional(UNIDIRECTIONAL_EDEFAULT);
				return;
			case ItotPackage.CONDUIT__ALLOWED_SOURCE:
				setAllowedSource((Zone)null);
				return;
			case ItotPackage.CONDUIT__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case ItotPackage.CONDUIT__ACCOUNTABLE_ORGANISATION:
				setAccountableOrganisation(ACCOUNTABLE_ORGANISATION_EDEFAULT);
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
			case ItotPackage.CONDUIT__ZONES:
				return zones != null && !zones.isEmpty();
			case ItotPackage.CONDUIT__SL_TARGET:
				return slTarget != null;
			case ItotPackage.CONDUIT__ENFORCED_BY:
				return enforcedBy != null && !enforcedBy.isEmpty();
			case ItotPackage.CONDUIT__MONITORED_BY:
				return monitoredBy != null && !monitoredBy.isEmpty();
			case ItotPackage.CONDUIT__TERMINATED_BY:
				return terminatedBy != null && !terminatedBy.isEmpty();
			case ItotPackage.CONDUIT__MEDIUM:
				return medium != MEDIUM_EDEFAULT;
			case ItotPackage.CONDUIT__ENCRYPTED:
				return encrypted != ENCRYPTED_EDEFAULT;
			case ItotPackage.CONDUIT__AUTHENTICATED:
				return authenticated != AUTHENTICATED_EDEFAULT;
			case ItotPackage.CONDUIT__UNIDIRECTIONAL:
				return unidirectional != UNIDIRECTIONAL_EDEFAULT;
			case ItotPackage.CONDUIT__ALLOWED_SOURCE:
				return allowedSource != null;
			case ItotPackage.CONDUIT__OWNER:
				return owner != OWNER_EDEFAULT;
			case ItotPackage.CONDUIT__ACCOUNTABLE_ORGANISATION:
				return ACCOUNTABLE_ORGANISATION_EDEFAULT == null ? accountableOrganisation != null : !ACCOUNTABLE_ORGANISATION_EDEFAULT.equals(accountableOrganisation);
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
			case ItotPackage.CONDUIT___JOINS__ZONE_ZONE:
				return joins((Zone)arguments.get(0), (Zone)arguments.get(1));
			case ItotPackage.CONDUIT___GET_OTHER_ZONE__ZONE:
				return getOtherZone((Zone)arguments.get(0));
			case ItotPackage.CONDUIT___GET_FLOWS:
				return getFlows();
			case ItotPackage.CONDUIT___FACES_OUTSIDE:
				return facesOutside();
			case ItotPackage.CONDUIT___GET_ENDS_WITHOUT_ENFORCEMENT_POINT:
				return getEndsWithoutEnforcementPoint();
			case ItotPackage.CONDUIT___IS_UNTRUSTED_MEDIUM:
				return isUntrustedMedium();
			case ItotPackage.CONDUIT___IS_ROUTABLE:
				return isRoutable();
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
		result.append(" (medium: ");
		result.append(medium);
		result.append(", encrypted: ");
		result.append(encrypted);
		result.append(", authenticated: ");
		result.append(authenticated);
		result.append(", unidirectional: ");
		result.append(unidirectional);
		result.append(", owner: ");
		result.append(owner);
		result.append(", accountableOrganisation: ");
		result.append(accountableOrganisation);
		result.append(')');
		return result.toString();
	}

} //ConduitImpl
