/**
 */
package org.itot.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.itot.model.Countermeasure;
import org.itot.model.ItotPackage;
import org.itot.model.SecurityLevelVector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Countermeasure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.CountermeasureImpl#getSlCapability <em>Sl Capability</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountermeasureImpl extends ModelElementImpl implements Countermeasure
{
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountermeasureImpl()
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
		return ItotPackage.Literals.COUNTERMEASURE;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItotPackage.COUNTERMEASURE__SL_CAPABILITY, oldSlCapability, newSlCapability);
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
				msgs = ((InternalEObject)slCapability).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItotPackage.COUNTERMEASURE__SL_CAPABILITY, null, msgs);
			if (newSlCapability != null)
				msgs = ((InternalEObject)newSlCapability).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItotPackage.COUNTERMEASURE__SL_CAPABILITY, null, msgs);
			msgs = basicSetSlCapability(newSlCapability, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.COUNTERMEASURE__SL_CAPABILITY, newSlCapability, newSlCapability));
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
			case ItotPackage.COUNTERMEASURE__SL_CAPABILITY:
				return basicSetSlCapability(null, msgs);
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
			case ItotPackage.COUNTERMEASURE__SL_CAPABILITY:
				return getSlCapability();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItotPackage.COUNTERMEASURE__SL_CAPABILITY:
				setSlCapability((SecurityLevelVector)newValue);
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
			case ItotPackage.COUNTERMEASURE__SL_CAPABILITY:
				setSlCapability((SecurityLevelVector)null);
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
			case ItotPackage.COUNTERMEASURE__SL_CAPABILITY:
				return slCapability != null;
		}
		return super.eIsSet(featureID);
	}

} //CountermeasureImpl
