/**
 */
package org.itot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;
import org.itot.model.ItotPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attack Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getStixId <em>Stix Id</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getAttackVersion <em>Attack Version</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getRevokedBy <em>Revoked By</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#isDeprecated <em>Deprecated</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getTactics <em>Tactics</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getMitigatedBy <em>Mitigated By</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.itot.model.impl.AttackReferenceImpl#getShortName <em>Short Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttackReferenceImpl extends MinimalEObjectImpl.Container implements AttackReference
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AttackObjectKind KIND_EDEFAULT = AttackObjectKind.TECHNIQUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AttackObjectKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStixId() <em>Stix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStixId()
	 * @generated
	 * @ordered
	 */
	protected static final String STIX_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStixId() <em>Stix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStixId()
	 * @generated
	 * @ordered
	 */
	protected String stixId = STIX_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getRevokedBy() <em>Revoked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REVOKED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevokedBy() <em>Revoked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedBy()
	 * @generated
	 * @ordered
	 */
	protected String revokedBy = REVOKED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeprecated() <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeprecated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEPRECATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeprecated() <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeprecated()
	 * @generated
	 * @ordered
	 */
	protected boolean deprecated = DEPRECATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTactics() <em>Tactics</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTactics()
	 * @generated
	 * @ordered
	 */
	protected EList<AttackReference> tactics;

	/**
	 * The cached value of the '{@link #getMitigatedBy() <em>Mitigated By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigatedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<AttackReference> mitigatedBy;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<AttackReference> targets;

	/**
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttackReferenceImpl()
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
		return ItotPackage.Literals.ATTACK_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttackObjectKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AttackObjectKind newKind)
	{
		AttackObjectKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStixId()
	{
		return stixId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStixId(String newStixId)
	{
		String oldStixId = stixId;
		stixId = newStixId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__STIX_ID, oldStixId, stixId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId()
	{
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId)
	{
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__EXTERNAL_ID, oldExternalId, externalId));
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
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__ATTACK_VERSION, oldAttackVersion, attackVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevokedBy()
	{
		return revokedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevokedBy(String newRevokedBy)
	{
		String oldRevokedBy = revokedBy;
		revokedBy = newRevokedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__REVOKED_BY, oldRevokedBy, revokedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeprecated()
	{
		return deprecated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecated(boolean newDeprecated)
	{
		boolean oldDeprecated = deprecated;
		deprecated = newDeprecated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__DEPRECATED, oldDeprecated, deprecated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttackReference> getTactics()
	{
		if (tactics == null)
		{
			tactics = new EObjectResolvingEList<AttackReference>(AttackReference.class, this, ItotPackage.ATTACK_REFERENCE__TACTICS);
		}
		return tactics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttackReference> getMitigatedBy()
	{
		if (mitigatedBy == null)
		{
			mitigatedBy = new EObjectResolvingEList<AttackReference>(AttackReference.class, this, ItotPackage.ATTACK_REFERENCE__MITIGATED_BY);
		}
		return mitigatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttackReference> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectResolvingEList<AttackReference>(AttackReference.class, this, ItotPackage.ATTACK_REFERENCE__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName()
	{
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName)
	{
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ATTACK_REFERENCE__SHORT_NAME, oldShortName, shortName));
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
			case ItotPackage.ATTACK_REFERENCE__KIND:
				return getKind();
			case ItotPackage.ATTACK_REFERENCE__STIX_ID:
				return getStixId();
			case ItotPackage.ATTACK_REFERENCE__EXTERNAL_ID:
				return getExternalId();
			case ItotPackage.ATTACK_REFERENCE__NAME:
				return getName();
			case ItotPackage.ATTACK_REFERENCE__ATTACK_VERSION:
				return getAttackVersion();
			case ItotPackage.ATTACK_REFERENCE__REVOKED_BY:
				return getRevokedBy();
			case ItotPackage.ATTACK_REFERENCE__DEPRECATED:
				return isDeprecated();
			case ItotPackage.ATTACK_REFERENCE__TACTICS:
				return getTactics();
			case ItotPackage.ATTACK_REFERENCE__MITIGATED_BY:
				return getMitigatedBy();
			case ItotPackage.ATTACK_REFERENCE__TARGETS:
				return getTargets();
			case ItotPackage.ATTACK_REFERENCE__SHORT_NAME:
				return getShortName();
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
			case ItotPackage.ATTACK_REFERENCE__KIND:
				setKind((AttackObjectKind)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__STIX_ID:
				setStixId((String)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__NAME:
				setName((String)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__ATTACK_VERSION:
				setAttackVersion((String)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__REVOKED_BY:
				setRevokedBy((String)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__DEPRECATED:
				setDeprecated((Boolean)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__TACTICS:
				getTactics().clear();
				getTactics().addAll((Collection<? extends AttackReference>)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__MITIGATED_BY:
				getMitigatedBy().clear();
				getMitigatedBy().addAll((Collection<? extends AttackReference>)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends AttackReference>)newValue);
				return;
			case ItotPackage.ATTACK_REFERENCE__SHORT_NAME:
				setShortName((String)newValue);
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
			case ItotPackage.ATTACK_REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__STIX_ID:
				setStixId(STIX_ID_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__ATTACK_VERSION:
				setAttackVersion(ATTACK_VERSION_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__REVOKED_BY:
				setRevokedBy(REVOKED_BY_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__DEPRECATED:
				setDeprecated(DEPRECATED_EDEFAULT);
				return;
			case ItotPackage.ATTACK_REFERENCE__TACTICS:
				getTactics().clear();
				return;
			case ItotPackage.ATTACK_REFERENCE__MITIGATED_BY:
				getMitigatedBy().clear();
				return;
			case ItotPackage.ATTACK_REFERENCE__TARGETS:
				getTargets().clear();
				return;
			case ItotPackage.ATTACK_REFERENCE__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
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
			case ItotPackage.ATTACK_REFERENCE__KIND:
				return kind != KIND_EDEFAULT;
			case ItotPackage.ATTACK_REFERENCE__STIX_ID:
				return STIX_ID_EDEFAULT == null ? stixId != null : !STIX_ID_EDEFAULT.equals(stixId);
			case ItotPackage.ATTACK_REFERENCE__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case ItotPackage.ATTACK_REFERENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ItotPackage.ATTACK_REFERENCE__ATTACK_VERSION:
				return ATTACK_VERSION_EDEFAULT == null ? attackVersion != null : !ATTACK_VERSION_EDEFAULT.equals(attackVersion);
			case ItotPackage.ATTACK_REFERENCE__REVOKED_BY:
				return REVOKED_BY_EDEFAULT == null ? revokedBy != null : !REVOKED_BY_EDEFAULT.equals(revokedBy);
			case ItotPackage.ATTACK_REFERENCE__DEPRECATED:
				return deprecated != DEPRECATED_EDEFAULT;
			case ItotPackage.ATTACK_REFERENCE__TACTICS:
				return tactics != null && !tactics.isEmpty();
			case ItotPackage.ATTACK_REFERENCE__MITIGATED_BY:
				return mitigatedBy != null && !mitigatedBy.isEmpty();
			case ItotPackage.ATTACK_REFERENCE__TARGETS:
				return targets != null && !targets.isEmpty();
			case ItotPackage.ATTACK_REFERENCE__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
		}
		return super.eIsSet(featureID);
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
		result.append(", stixId: ");
		result.append(stixId);
		result.append(", externalId: ");
		result.append(externalId);
		result.append(", name: ");
		result.append(name);
		result.append(", attackVersion: ");
		result.append(attackVersion);
		result.append(", revokedBy: ");
		result.append(revokedBy);
		result.append(", deprecated: ");
		result.append(deprecated);
		result.append(", shortName: ");
		result.append(shortName);
		result.append(')');
		return result.toString();
	}

} //AttackReferenceImpl
