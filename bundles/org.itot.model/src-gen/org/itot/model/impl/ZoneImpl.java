/**
 */
package org.itot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Asset;
import org.itot.model.ItotPackage;
import org.itot.model.PurdueLevel;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getPurdueLevel <em>Purdue Level</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#isTrusted <em>Trusted</em>}</li>
 *   <li>{@link org.itot.model.impl.ZoneImpl#getAssets <em>Assets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ZoneImpl extends MinimalEObjectImpl.Container implements Zone
{
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

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
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ZONE__NAME, oldName, name));
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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItotPackage.ZONE__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.ZONE__ID:
				return getId();
			case ItotPackage.ZONE__NAME:
				return getName();
			case ItotPackage.ZONE__PURDUE_LEVEL:
				return getPurdueLevel();
			case ItotPackage.ZONE__TRUSTED:
				return isTrusted();
			case ItotPackage.ZONE__ASSETS:
				return getAssets();
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
			case ItotPackage.ZONE__ID:
				setId((String)newValue);
				return;
			case ItotPackage.ZONE__NAME:
				setName((String)newValue);
				return;
			case ItotPackage.ZONE__PURDUE_LEVEL:
				setPurdueLevel((PurdueLevel)newValue);
				return;
			case ItotPackage.ZONE__TRUSTED:
				setTrusted((Boolean)newValue);
				return;
			case ItotPackage.ZONE__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
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
			case ItotPackage.ZONE__ID:
				setId(ID_EDEFAULT);
				return;
			case ItotPackage.ZONE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ItotPackage.ZONE__PURDUE_LEVEL:
				setPurdueLevel(PURDUE_LEVEL_EDEFAULT);
				return;
			case ItotPackage.ZONE__TRUSTED:
				setTrusted(TRUSTED_EDEFAULT);
				return;
			case ItotPackage.ZONE__ASSETS:
				getAssets().clear();
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
			case ItotPackage.ZONE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ItotPackage.ZONE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ItotPackage.ZONE__PURDUE_LEVEL:
				return purdueLevel != PURDUE_LEVEL_EDEFAULT;
			case ItotPackage.ZONE__TRUSTED:
				return trusted != TRUSTED_EDEFAULT;
			case ItotPackage.ZONE__ASSETS:
				return assets != null && !assets.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", purdueLevel: ");
		result.append(purdueLevel);
		result.append(", trusted: ");
		result.append(trusted);
		result.append(')');
		return result.toString();
	}

} //ZoneImpl
