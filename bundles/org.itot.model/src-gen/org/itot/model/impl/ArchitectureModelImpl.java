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
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AttackReference;
import org.itot.model.Conduit;
import org.itot.model.Diagram;
import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.Protocol;
import org.itot.model.Role;
import org.itot.model.RuleSetting;
import org.itot.model.Waiver;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Architecture Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getPerimeter <em>Perimeter</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getAccessPoints <em>Access Points</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getOwnerOrganisation <em>Owner Organisation</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getAttackVersion <em>Attack Version</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getConduits <em>Conduits</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getAttackReferences <em>Attack References</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getRuleSettings <em>Rule Settings</em>}</li>
 *   <li>{@link org.itot.model.impl.ArchitectureModelImpl#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchitectureModelImpl extends ModelElementImpl implements ArchitectureModel
{
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerimeter() <em>Perimeter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerimeter()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerimeter() <em>Perimeter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerimeter()
	 * @generated
	 * @ordered
	 */
	protected String perimeter = PERIMETER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccessPoints() <em>Access Points</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accessPoints;

	/**
	 * The default value of the '{@link #getOwnerOrganisation() <em>Owner Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerOrganisation() <em>Owner Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String ownerOrganisation = OWNER_ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final String REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected String revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttackVersion() <em>Attack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttackVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACK_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttackVersion() <em>Attack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttackVersion()
	 * @generated
	 * @ordered
	 */
	protected String attackVersion = ATTACK_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRAFT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected boolean draft = DRAFT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> zones;

	/**
	 * The cached value of the '{@link #getConduits() <em>Conduits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConduits()
	 * @generated
	 * @ordered
	 */
	protected EList<Conduit> conduits;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> flows;

	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<Protocol> protocols;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getAttackReferences() <em>Attack References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttackReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<AttackReference> attackReferences;

	/**
	 * The cached value of the '{@link #getWaivers() <em>Waivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Waiver> waivers;

	/**
	 * The cached value of the '{@link #getRuleSettings() <em>Rule Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleSetting> ruleSettings;

	/**
	 * The cached value of the '{@link #getDiagrams() <em>Diagrams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagrams()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagram> diagrams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchitectureModelImpl()
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
		return ItotPackage.Literals.ARCHITECTURE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion()
	{
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion)
	{
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerimeter()
	{
		return perimeter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerimeter(String newPerimeter)
	{
		String oldPerimeter = perimeter;
		perimeter = newPerimeter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__PERIMETER, oldPerimeter, perimeter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccessPoints()
	{
		if (accessPoints == null)
		{
			accessPoints = new EDataTypeUniqueEList<String>(String.class, this, ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS);
		}
		return accessPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerOrganisation()
	{
		return ownerOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerOrganisation(String newOwnerOrganisation)
	{
		String oldOwnerOrganisation = ownerOrganisation;
		ownerOrganisation = newOwnerOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION, oldOwnerOrganisation, ownerOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevision()
	{
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(String newRevision)
	{
		String oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttackVersion()
	{
		return attackVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttackVersion(String newAttackVersion)
	{
		String oldAttackVersion = attackVersion;
		attackVersion = newAttackVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION, oldAttackVersion, attackVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDraft()
	{
		return draft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraft(boolean newDraft)
	{
		boolean oldDraft = draft;
		draft = newDraft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ARCHITECTURE_MODEL__DRAFT, oldDraft, draft));
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
			zones = new EObjectContainmentEList<Zone>(Zone.class, this, ItotPackage.ARCHITECTURE_MODEL__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getConduits()
	{
		if (conduits == null)
		{
			conduits = new EObjectContainmentEList<Conduit>(Conduit.class, this, ItotPackage.ARCHITECTURE_MODEL__CONDUITS);
		}
		return conduits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows()
	{
		if (flows == null)
		{
			flows = new EObjectContainmentEList<Flow>(Flow.class, this, ItotPackage.ARCHITECTURE_MODEL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Protocol> getProtocols()
	{
		if (protocols == null)
		{
			protocols = new EObjectContainmentEList<Protocol>(Protocol.class, this, ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles()
	{
		if (roles == null)
		{
			roles = new EObjectContainmentEList<Role>(Role.class, this, ItotPackage.ARCHITECTURE_MODEL__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttackReference> getAttackReferences()
	{
		if (attackReferences == null)
		{
			attackReferences = new EObjectContainmentEList<AttackReference>(AttackReference.class, this, ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES);
		}
		return attackReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Waiver> getWaivers()
	{
		if (waivers == null)
		{
			waivers = new EObjectContainmentEList<Waiver>(Waiver.class, this, ItotPackage.ARCHITECTURE_MODEL__WAIVERS);
		}
		return waivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleSetting> getRuleSettings()
	{
		if (ruleSettings == null)
		{
			ruleSettings = new EObjectContainmentEList<RuleSetting>(RuleSetting.class, this, ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS);
		}
		return ruleSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagram> getDiagrams()
	{
		if (diagrams == null)
		{
			diagrams = new EObjectContainmentEList<Diagram>(Diagram.class, this, ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS);
		}
		return diagrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getAllZones()
	{
		return org.itot.model.query.ModelQuery.allZones(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAllAssets()
	{
		return org.itot.model.query.ModelQuery.allAssets(this);
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
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
				return ((InternalEList<?>)getZones()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
				return ((InternalEList<?>)getConduits()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
				return ((InternalEList<?>)getProtocols()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
				return ((InternalEList<?>)getAttackReferences()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
				return ((InternalEList<?>)getWaivers()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
				return ((InternalEList<?>)getRuleSettings()).basicRemove(otherEnd, msgs);
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				return ((InternalEList<?>)getDiagrams()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION:
				return getFormatVersion();
			case ItotPackage.ARCHITECTURE_MODEL__PERIMETER:
				return getPerimeter();
			case ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS:
				return getAccessPoints();
			case ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION:
				return getOwnerOrganisation();
			case ItotPackage.ARCHITECTURE_MODEL__REVISION:
				return getRevision();
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION:
				return getAttackVersion();
			case ItotPackage.ARCHITECTURE_MODEL__DRAFT:
				return isDraft();
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
				return getZones();
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
				return getConduits();
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
				return getFlows();
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
				return getProtocols();
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
				return getRoles();
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
				return getAttackReferences();
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
				return getWaivers();
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
				return getRuleSettings();
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				return getDiagrams();
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
			case ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__PERIMETER:
				setPerimeter((String)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS:
				getAccessPoints().clear();
				getAccessPoints().addAll((Collection<? extends String>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION:
				setOwnerOrganisation((String)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__REVISION:
				setRevision((String)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION:
				setAttackVersion((String)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__DRAFT:
				setDraft((Boolean)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
				getConduits().clear();
				getConduits().addAll((Collection<? extends Conduit>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends Flow>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends Protocol>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
				getAttackReferences().clear();
				getAttackReferences().addAll((Collection<? extends AttackReference>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
				getWaivers().clear();
				getWaivers().addAll((Collection<? extends Waiver>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
				getRuleSettings().clear();
				getRuleSettings().addAll((Collection<? extends RuleSetting>)newValue);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				getDiagrams().clear();
				getDiagrams().addAll((Collection<? extends Diagram>)newValue);
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
			case ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__PERIMETER:
				setPerimeter(PERIMETER_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS:
				getAccessPoints().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION:
				setOwnerOrganisation(OWNER_ORGANISATION_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION:
				setAttackVersion(ATTACK_VERSION_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__DRAFT:
				setDraft(DRAFT_EDEFAULT);
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
				getZones().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
				getConduits().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
				getFlows().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
				getProtocols().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
				getRoles().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
				getAttackReferences().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
				getWaivers().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
				getRuleSettings().clear();
				return;
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				getDiagrams().clear();
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
			case ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case ItotPackage.ARCHITECTURE_MODEL__PERIMETER:
				return PERIMETER_EDEFAULT == null ? perimeter != null : !PERIMETER_EDEFAULT.equals(perimeter);
			case ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS:
				return accessPoints != null && !accessPoints.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION:
				return OWNER_ORGANISATION_EDEFAULT == null ? ownerOrganisation != null : !OWNER_ORGANISATION_EDEFAULT.equals(ownerOrganisation);
			case ItotPackage.ARCHITECTURE_MODEL__REVISION:
				return REVISION_EDEFAULT == null ? revision != null : !REVISION_EDEFAULT.equals(revision);
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION:
				return ATTACK_VERSION_EDEFAULT == null ? attackVersion != null : !ATTACK_VERSION_EDEFAULT.equals(attackVersion);
			case ItotPackage.ARCHITECTURE_MODEL__DRAFT:
				return draft != DRAFT_EDEFAULT;
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
				return zones != null && !zones.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
				return conduits != null && !conduits.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
				return flows != null && !flows.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
				return roles != null && !roles.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
				return attackReferences != null && !attackReferences.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
				return waivers != null && !waivers.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
				return ruleSettings != null && !ruleSettings.isEmpty();
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				return diagrams != null && !diagrams.isEmpty();
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
			case ItotPackage.ARCHITECTURE_MODEL___GET_ALL_ZONES:
				return getAllZones();
			case ItotPackage.ARCHITECTURE_MODEL___GET_ALL_ASSETS:
				return getAllAssets();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", perimeter: ");
		result.append(perimeter);
		result.append(", accessPoints: ");
		result.append(accessPoints);
		result.append(", ownerOrganisation: ");
		result.append(ownerOrganisation);
		result.append(", revision: ");
		result.append(revision);
		result.append(", attackVersion: ");
		result.append(attackVersion);
		result.append(", draft: ");
		result.append(draft);
		result.append(')');
		return result.toString();
	}

} //ArchitectureModelImpl
