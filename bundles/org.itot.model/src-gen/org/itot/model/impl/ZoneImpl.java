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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Countermeasure;
import org.itot.model.ItotPackage;
import org.itot.model.Ownership;
import org.itot.model.PurdueLevel;
import org.itot.model.SecurityLevelVector;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getPurdueLevel <em>Purdue Level</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getSlTarget <em>Sl Target</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getSlAchieved <em>Sl Achieved</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getSlAssessment <em>Sl Assessment</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getAccountableOrganisation <em>Accountable Organisation</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#isSafetyDesignation <em>Safety Designation</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#isTrusted <em>Trusted</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#isClassified <em>Classified</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getPhysicalBoundary <em>Physical Boundary</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getLogicalBoundary <em>Logical Boundary</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getSubZones <em>Sub Zones</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getCountermeasures <em>Countermeasures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ZoneImpl extends ModelElementImpl implements Zone
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneKind KIND_EDEFAULT = ZoneKind.ENTERPRISE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ZoneKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurdueLevel() <em>Purdue Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurdueLevel()
	 * @generated
	 * @ordered
	 */
	protected static final PurdueLevel PURDUE_LEVEL_EDEFAULT = PurdueLevel.LEVEL_0;

	/**
	 * The cached value of the '{@link #getPurdueLevel() <em>Purdue Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurdueLevel()
	 * @generated
	 * @ordered
	 */
	protected PurdueLevel purdueLevel = PURDUE_LEVEL_EDEFAULT;

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
	 * The cached value of the '{@link #getSlAchieved() <em>Sl Achieved</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlAchieved()
	 * @generated
	 * @ordered
	 */
	protected SecurityLevelVector slAchieved;

	/**
	 * The default value of the '{@link #getSlAssessment() <em>Sl Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlAssessment()
	 * @generated
	 * @ordered
	 */
	protected static final String SL_ASSESSMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlAssessment() <em>Sl Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlAssessment()
	 * @generated
	 * @ordered
	 */
	protected String slAssessment = SL_ASSESSMENT_EDEFAULT;

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
	 * The default value of the '{@link #isSafetyDesignation() <em>Safety Designation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyDesignation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAFETY_DESIGNATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSafetyDesignation() <em>Safety Designation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSafetyDesignation()
	 * @generated
	 * @ordered
	 */
	protected boolean safetyDesignation = SAFETY_DESIGNATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrusted() <em>Trusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrusted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRUSTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrusted() <em>Trusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrusted()
	 * @generated
	 * @ordered
	 */
	protected boolean trusted = TRUSTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isClassified() <em>Classified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClassified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLASSIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClassified() <em>Classified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClassified()
	 * @generated
	 * @ordered
	 */
	protected boolean classified = CLASSIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicalBoundary() <em>Physical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalBoundary()
	 * @generated
	 * @ordered
	 */
	protected static final String PHYSICAL_BOUNDARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhysicalBoundary() <em>Physical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalBoundary()
	 * @generated
	 * @ordered
	 */
	protected String physicalBoundary = PHYSICAL_BOUNDARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogicalBoundary() <em>Logical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalBoundary()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGICAL_BOUNDARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogicalBoundary() <em>Logical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalBoundary()
	 * @generated
	 * @ordered
	 */
	protected String logicalBoundary = LOGICAL_BOUNDARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubZones() <em>Sub Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> subZones;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getCountermeasures() <em>Countermeasures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountermeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Countermeasure> countermeasures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ZoneImpl()
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
		return ItotPackage.Literals.ZONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ZoneKind newKind)
	{
		ZoneKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurdueLevel getPurdueLevel()
	{
		return purdueLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurdueLevel(PurdueLevel newPurdueLevel)
	{
		PurdueLevel oldPurdueLevel = purdueLevel;
		purdueLevel = newPurdueLevel == null ? PURDUE_LEVEL_EDEFAULT : newPurdueLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__PURDUE_LEVEL, oldPurdueLevel, purdueLevel));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SL_TARGET, oldSlTarget, newSlTarget);
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
				msgs = ((InternalEObject)slTarget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ZONE__SL_TARGET, null, msgs);
			if (newSlTarget != null)
				msgs = ((InternalEObject)newSlTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ZONE__SL_TARGET, null, msgs);
			msgs = basicSetSlTarget(newSlTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SL_TARGET, newSlTarget, newSlTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevelVector getSlAchieved()
	{
		return slAchieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSlAchieved(SecurityLevelVector newSlAchieved, NotificationChain msgs)
	{
		SecurityLevelVector oldSlAchieved = slAchieved;
		slAchieved = newSlAchieved;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SL_ACHIEVED, oldSlAchieved, newSlAchieved);
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
	public void setSlAchieved(SecurityLevelVector newSlAchieved)
	{
		if (newSlAchieved != slAchieved)
		{
			NotificationChain msgs = null;
			if (slAchieved != null)
				msgs = ((InternalEObject)slAchieved).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ZONE__SL_ACHIEVED, null, msgs);
			if (newSlAchieved != null)
				msgs = ((InternalEObject)newSlAchieved).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItotPackage.ZONE__SL_ACHIEVED, null, msgs);
			msgs = basicSetSlAchieved(newSlAchieved, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SL_ACHIEVED, newSlAchieved, newSlAchieved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlAssessment()
	{
		return slAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlAssessment(String newSlAssessment)
	{
		String oldSlAssessment = slAssessment;
		slAssessment = newSlAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SL_ASSESSMENT, oldSlAssessment, slAssessment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION, oldAccountableOrganisation, accountableOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSafetyDesignation()
	{
		return safetyDesignation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetyDesignation(boolean newSafetyDesignation)
	{
		boolean oldSafetyDesignation = safetyDesignation;
		safetyDesignation = newSafetyDesignation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SAFETY_DESIGNATION, oldSafetyDesignation, safetyDesignation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrusted()
	{
		return trusted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrusted(boolean newTrusted)
	{
		boolean oldTrusted = trusted;
		trusted = newTrusted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__TRUSTED, oldTrusted, trusted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClassified()
	{
		return classified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassified(boolean newClassified)
	{
		boolean oldClassified = classified;
		classified = newClassified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__CLASSIFIED, oldClassified, classified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhysicalBoundary()
	{
		return physicalBoundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalBoundary(String newPhysicalBoundary)
	{
		String oldPhysicalBoundary = physicalBoundary;
		physicalBoundary = newPhysicalBoundary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__PHYSICAL_BOUNDARY, oldPhysicalBoundary, physicalBoundary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogicalBoundary()
	{
		return logicalBoundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogicalBoundary(String newLogicalBoundary)
	{
		String oldLogicalBoundary = logicalBoundary;
		logicalBoundary = newLogicalBoundary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__LOGICAL_BOUNDARY, oldLogicalBoundary, logicalBoundary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite()
	{
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite)
	{
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getSubZones()
	{
		if (subZones == null)
		{
			subZones = new EObjectContainmentEList<Zone>(Zone.class, this, ItotPackage.ZONE__SUB_ZONES);
		}
		return subZones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets()
	{
		if (assets == null)
		{
			assets = new EObjectContainmentEList<Asset>(Asset.class, this, ItotPackage.ZONE__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Countermeasure> getCountermeasures()
	{
		if (countermeasures == null)
		{
			countermeasures = new EObjectContainmentEList<Countermeasure>(Countermeasure.class, this, ItotPackage.ZONE__COUNTERMEASURES);
		}
		return countermeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getParentZone()
	{
		return org.itot.model.query.ZoneQuery.parentZone(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnterpriseSide()
	{
		return org.itot.model.query.ZoneQuery.isEnterpriseSide(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIndustrialSide()
	{
		return org.itot.model.query.ZoneQuery.isIndustrialSide(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOutsideNetwork()
	{
		return org.itot.model.query.EntryPoints.isOutsideNetwork(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternalLink()
	{
		return org.itot.model.query.EntryPoints.isExternalLink(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEffectiveSite()
	{
		return org.itot.model.query.ZoneQuery.effectiveSite(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIdmz()
	{
		return org.itot.model.query.ZoneQuery.isIdmz(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevelRank()
	{
		return org.itot.model.query.ZoneQuery.levelRank(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSlShortfall()
	{
		return org.itot.model.query.SecurityLevelGaps.shortfall(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAllAssets()
	{
		return org.itot.model.query.ZoneQuery.allAssets(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getConduits()
	{
		return org.itot.model.query.InverseReferences.conduits(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinIndependentBarriers()
	{
		return org.itot.model.query.ZoneGraph.of(this).minIndependentBarriers(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinMonitoredConduits()
	{
		return org.itot.model.query.ZoneGraph.of(this).minMonitoredConduits(this);
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
			case ItotPackage.ZONE__SL_TARGET:
				return basicSetSlTarget(null, msgs);
			case ItotPackage.ZONE__SL_ACHIEVED:
				return basicSetSlAchieved(null, msgs);
			case ItotPackage.ZONE__SUB_ZONES:
				return ((InternalEList<?>)getSubZones()).basicRemove(otherEnd, msgs);
			case ItotPackage.ZONE__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case ItotPackage.ZONE__COUNTERMEASURES:
				return ((InternalEList<?>)getCountermeasures()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.ZONE__KIND:
				return getKind();
			case ItotPackage.ZONE__PURDUE_LEVEL:
				return getPurdueLevel();
			case ItotPackage.ZONE__SL_TARGET:
				return getSlTarget();
			case ItotPackage.ZONE__SL_ACHIEVED:
				return getSlAchieved();
			case ItotPackage.ZONE__SL_ASSESSMENT:
				return getSlAssessment();
			case ItotPackage.ZONE__OWNER:
				return getOwner();
			case ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION:
				return getAccountableOrganisation();
			case ItotPackage.ZONE__SAFETY_DESIGNATION:
				return isSafetyDesignation();
			case ItotPackage.ZONE__TRUSTED:
				return isTrusted();
			case ItotPackage.ZONE__CLASSIFIED:
				return isClassified();
			case ItotPackage.ZONE__PHYSICAL_BOUNDARY:
				return getPhysicalBoundary();
			case ItotPackage.ZONE__LOGICAL_BOUNDARY:
				return getLogicalBoundary();
			case ItotPackage.ZONE__SITE:
				return getSite();
			case ItotPackage.ZONE__SUB_ZONES:
				return getSubZones();
			case ItotPackage.ZONE__ASSETS:
				return getAssets();
			case ItotPackage.ZONE__COUNTERMEASURES:
				return getCountermeasures();
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
			case ItotPackage.ZONE__KIND:
				setKind((ZoneKind)newValue);
				return;
			case ItotPackage.ZONE__PURDUE_LEVEL:
				setPurdueLevel((PurdueLevel)newValue);
				return;
			case ItotPackage.ZONE__SL_TARGET:
				setSlTarget((SecurityLevelVector)newValue);
				return;
			case ItotPackage.ZONE__SL_ACHIEVED:
				setSlAchieved((SecurityLevelVector)newValue);
				return;
			case ItotPackage.ZONE__SL_ASSESSMENT:
				setSlAssessment((String)newValue);
				return;
			case ItotPackage.ZONE__OWNER:
				setOwner((Ownership)newValue);
				return;
			case ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION:
				setAccountableOrganisation((String)newValue);
				return;
			case ItotPackage.ZONE__SAFETY_DESIGNATION:
				setSafetyDesignation((Boolean)newValue);
				return;
			case ItotPackage.ZONE__TRUSTED:
				setTrusted((Boolean)newValue);
				return;
			case ItotPackage.ZONE__CLASSIFIED:
				setClassified((Boolean)newValue);
				return;
			case ItotPackage.ZONE__PHYSICAL_BOUNDARY:
				setPhysicalBoundary((String)newValue);
				return;
			case ItotPackage.ZONE__LOGICAL_BOUNDARY:
				setLogicalBoundary((String)newValue);
				return;
			case ItotPackage.ZONE__SITE:
				setSite((String)newValue);
				return;
			case ItotPackage.ZONE__SUB_ZONES:
				getSubZones().clear();
				getSubZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case ItotPackage.ZONE__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case ItotPackage.ZONE__COUNTERMEASURES:
				getCountermeasures().clear();
				getCountermeasures().addAll((Collection<? extends Countermeasure>)newValue);
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
			case ItotPackage.ZONE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ItotPackage.ZONE__PURDUE_LEVEL:
				setPurdueLevel(PURDUE_LEVEL_EDEFAULT);
				return;
			case ItotPackage.ZONE__SL_TARGET:
				setSlTarget((SecurityLevelVector)null);
				return;
			case ItotPackage.ZONE__SL_ACHIEVED:
				setSlAchieved((SecurityLevelVector)null);
				return;
			case ItotPackage.ZONE__SL_ASSESSMENT:
				setSlAssessment(SL_ASSESSMENT_EDEFAULT);
				return;
			case ItotPackage.ZONE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION:
				setAccountableOrganisation(ACCOUNTABLE_ORGANISATION_EDEFAULT);
				return;
			case ItotPackage.ZONE__SAFETY_DESIGNATION:
				setSafetyDesignation(SAFETY_DESIGNATION_EDEFAULT);
				return;
			case ItotPackage.ZONE__TRUSTED:
				setTrusted(TRUSTED_EDEFAULT);
				return;
			case ItotPackage.ZONE__CLASSIFIED:
				setClassified(CLASSIFIED_EDEFAULT);
				return;
			case ItotPackage.ZONE__PHYSICAL_BOUNDARY:
				setPhysicalBoundary(PHYSICAL_BOUNDARY_EDEFAULT);
				return;
			case ItotPackage.ZONE__LOGICAL_BOUNDARY:
				setLogicalBoundary(LOGICAL_BOUNDARY_EDEFAULT);
				return;
			case ItotPackage.ZONE__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case ItotPackage.ZONE__SUB_ZONES:
				getSubZones().clear();
				return;
			case ItotPackage.ZONE__ASSETS:
				getAssets().clear();
				return;
			case ItotPackage.ZONE__COUNTERMEASURES:
				getCountermeasures().clear();
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
			case ItotPackage.ZONE__KIND:
				return kind != KIND_EDEFAULT;
			case ItotPackage.ZONE__PURDUE_LEVEL:
				return purdueLevel != PURDUE_LEVEL_EDEFAULT;
			case ItotPackage.ZONE__SL_TARGET:
				return slTarget != null;
			case ItotPackage.ZONE__SL_ACHIEVED:
				return slAchieved != null;
			case ItotPackage.ZONE__SL_ASSESSMENT:
				return SL_ASSESSMENT_EDEFAULT == null ? slAssessment != null : !SL_ASSESSMENT_EDEFAULT.equals(slAssessment);
			case ItotPackage.ZONE__OWNER:
				return owner != OWNER_EDEFAULT;
			case ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION:
				return ACCOUNTABLE_ORGANISATION_EDEFAULT == null ? accountableOrganisation != null : !ACCOUNTABLE_ORGANISATION_EDEFAULT.equals(accountableOrganisation);
			case ItotPackage.ZONE__SAFETY_DESIGNATION:
				return safetyDesignation != SAFETY_DESIGNATION_EDEFAULT;
			case ItotPackage.ZONE__TRUSTED:
				return trusted != TRUSTED_EDEFAULT;
			case ItotPackage.ZONE__CLASSIFIED:
				return classified != CLASSIFIED_EDEFAULT;
			case ItotPackage.ZONE__PHYSICAL_BOUNDARY:
				return PHYSICAL_BOUNDARY_EDEFAULT == null ? physicalBoundary != null : !PHYSICAL_BOUNDARY_EDEFAULT.equals(physicalBoundary);
			case ItotPackage.ZONE__LOGICAL_BOUNDARY:
				return LOGICAL_BOUNDARY_EDEFAULT == null ? logicalBoundary != null : !LOGICAL_BOUNDARY_EDEFAULT.equals(logicalBoundary);
			case ItotPackage.ZONE__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case ItotPackage.ZONE__SUB_ZONES:
				return subZones != null && !subZones.isEmpty();
			case ItotPackage.ZONE__ASSETS:
				return assets != null && !assets.isEmpty();
			case ItotPackage.ZONE__COUNTERMEASURES:
				return countermeasures != null && !countermeasures.isEmpty();
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
			case ItotPackage.ZONE___GET_PARENT_ZONE:
				return getParentZone();
			case ItotPackage.ZONE___IS_ENTERPRISE_SIDE:
				return isEnterpriseSide();
			case ItotPackage.ZONE___IS_INDUSTRIAL_SIDE:
				return isIndustrialSide();
			case ItotPackage.ZONE___IS_OUTSIDE_NETWORK:
				return isOutsideNetwork();
			case ItotPackage.ZONE___IS_EXTERNAL_LINK:
				return isExternalLink();
			case ItotPackage.ZONE___GET_EFFECTIVE_SITE:
				return getEffectiveSite();
			case ItotPackage.ZONE___IS_IDMZ:
				return isIdmz();
			case ItotPackage.ZONE___GET_LEVEL_RANK:
				return getLevelRank();
			case ItotPackage.ZONE___GET_SL_SHORTFALL:
				return getSlShortfall();
			case ItotPackage.ZONE___GET_ALL_ASSETS:
				return getAllAssets();
			case ItotPackage.ZONE___GET_CONDUITS:
				return getConduits();
			case ItotPackage.ZONE___GET_MIN_INDEPENDENT_BARRIERS:
				return getMinIndependentBarriers();
			case ItotPackage.ZONE___GET_MIN_MONITORED_CONDUITS:
				return getMinMonitoredConduits();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", purdueLevel: ");
		result.append(purdueLevel);
		result.append(", slAssessment: ");
		result.append(slAssessment);
		result.append(", owner: ");
		result.append(owner);
		result.append(", accountableOrganisation: ");
		result.append(accountableOrganisation);
		result.append(", safetyDesignation: ");
		result.append(safetyDesignation);
		result.append(", trusted: ");
		result.append(trusted);
		result.append(", classified: ");
		result.append(classified);
		result.append(", physicalBoundary: ");
		result.append(physicalBoundary);
		result.append(", logicalBoundary: ");
		result.append(logicalBoundary);
		result.append(", site: ");
		result.append(site);
		result.append(')');
		return result.toString();
	}

} //ZoneImpl
