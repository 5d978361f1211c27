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

import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.Permission;
import org.itot.model.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.RoleImpl#isPrivileged <em>Privileged</em>}</li>
 *   <li>{@link org.itot.model.impl.RoleImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.itot.model.impl.RoleImpl#isMfaRequired <em>Mfa Required</em>}</li>
 *   <li>{@link org.itot.model.impl.RoleImpl#isEmergency <em>Emergency</em>}</li>
 *   <li>{@link org.itot.model.impl.RoleImpl#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends ModelElementImpl implements Role
{
	/**
	 * The default value of the '{@link #isPrivileged() <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivileged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIVILEGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrivileged() <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivileged()
	 * @generated
	 * @ordered
	 */
	protected boolean privileged = PRIVILEGED_EDEFAULT;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #isMfaRequired() <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfaRequired() <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean mfaRequired = MFA_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEmergency() <em>Emergency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmergency()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EMERGENCY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEmergency() <em>Emergency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmergency()
	 * @generated
	 * @ordered
	 */
	protected boolean emergency = EMERGENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPermissions() <em>Permissions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Permission> permissions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl()
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
		return ItotPackage.Literals.ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrivileged()
	{
		return privileged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivileged(boolean newPrivileged)
	{
		boolean oldPrivileged = privileged;
		privileged = newPrivileged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ROLE__PRIVILEGED, oldPrivileged, privileged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared()
	{
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared)
	{
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ROLE__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfaRequired()
	{
		return mfaRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfaRequired(boolean newMfaRequired)
	{
		boolean oldMfaRequired = mfaRequired;
		mfaRequired = newMfaRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ROLE__MFA_REQUIRED, oldMfaRequired, mfaRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEmergency()
	{
		return emergency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergency(boolean newEmergency)
	{
		boolean oldEmergency = emergency;
		emergency = newEmergency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.ROLE__EMERGENCY, oldEmergency, emergency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Permission> getPermissions()
	{
		if (permissions == null)
		{
			permissions = new EObjectContainmentEList<Permission>(Permission.class, this, ItotPackage.ROLE__PERMISSIONS);
		}
		return permissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows()
	{
		return org.itot.model.query.InverseReferences.flowsUsing(this);
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
			case ItotPackage.ROLE__PERMISSIONS:
				return ((InternalEList<?>)getPermissions()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.ROLE__PRIVILEGED:
				return isPrivileged();
			case ItotPackage.ROLE__SHARED:
				return isShared();
			case ItotPackage.ROLE__MFA_REQUIRED:
				return isMfaRequired();
			case ItotPackage.ROLE__EMERGENCY:
				return isEmergency();
			case ItotPackage.ROLE__PERMISSIONS:
				return getPermissions();
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
			case ItotPackage.ROLE__PRIVILEGED:
				setPrivileged((Boolean)newValue);
				return;
			case ItotPackage.ROLE__SHARED:
				setShared((Boolean)newValue);
				return;
			case ItotPackage.ROLE__MFA_REQUIRED:
				setMfaRequired((Boolean)newValue);
				return;
			case ItotPackage.ROLE__EMERGENCY:
				setEmergency((Boolean)newValue);
				return;
			case ItotPackage.ROLE__PERMISSIONS:
				getPermissions().clear();
				getPermissions().addAll((Collection<? extends Permission>)newValue);
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
			case ItotPackage.ROLE__PRIVILEGED:
				setPrivileged(PRIVILEGED_EDEFAULT);
				return;
			case ItotPackage.ROLE__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case ItotPackage.ROLE__MFA_REQUIRED:
				setMfaRequired(MFA_REQUIRED_EDEFAULT);
				return;
			case ItotPackage.ROLE__EMERGENCY:
				setEmergency(EMERGENCY_EDEFAULT);
				return;
			case ItotPackage.ROLE__PERMISSIONS:
				getPermissions().clear();
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
			case ItotPackage.ROLE__PRIVILEGED:
				return privileged != PRIVILEGED_EDEFAULT;
			case ItotPackage.ROLE__SHARED:
				return shared != SHARED_EDEFAULT;
			case ItotPackage.ROLE__MFA_REQUIRED:
				return mfaRequired != MFA_REQUIRED_EDEFAULT;
			case ItotPackage.ROLE__EMERGENCY:
				return emergency != EMERGENCY_EDEFAULT;
			case ItotPackage.ROLE__PERMISSIONS:
				return permissions != null && !permissions.isEmpty();
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
			case ItotPackage.ROLE___GET_FLOWS:
				return getFlows();
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
		result.append(" (privileged: ");
		result.append(privileged);
		result.append(", shared: ");
		result.append(shared);
		result.append(", mfaRequired: ");
		result.append(mfaRequired);
		result.append(", emergency: ");
		result.append(emergency);
		result.append(')');
		return result.toString();
	}

} //RoleImpl
