/**
 */
package org.itot.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.itot.model.ItotPackage;
import org.itot.model.SecurityLevelVector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Level Vector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr1 <em>Fr1</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr2 <em>Fr2</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr3 <em>Fr3</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr4 <em>Fr4</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr5 <em>Fr5</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr6 <em>Fr6</em>}</li>
 *   <li>{@link org.itot.model.impl.SecurityLevelVectorImpl#getFr7 <em>Fr7</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecurityLevelVectorImpl extends MinimalEObjectImpl.Container implements SecurityLevelVector
{
	/**
	 * The default value of the '{@link #getFr1() <em>Fr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr1()
	 * @generated
	 * @ordered
	 */
	protected static final int FR1_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr1() <em>Fr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr1()
	 * @generated
	 * @ordered
	 */
	protected int fr1 = FR1_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr2() <em>Fr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr2()
	 * @generated
	 * @ordered
	 */
	protected static final int FR2_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr2() <em>Fr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr2()
	 * @generated
	 * @ordered
	 */
	protected int fr2 = FR2_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr3() <em>Fr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr3()
	 * @generated
	 * @ordered
	 */
	protected static final int FR3_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr3() <em>Fr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr3()
	 * @generated
	 * @ordered
	 */
	protected int fr3 = FR3_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr4() <em>Fr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr4()
	 * @generated
	 * @ordered
	 */
	protected static final int FR4_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr4() <em>Fr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr4()
	 * @generated
	 * @ordered
	 */
	protected int fr4 = FR4_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr5() <em>Fr5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr5()
	 * @generated
	 * @ordered
	 */
	protected static final int FR5_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr5() <em>Fr5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr5()
	 * @generated
	 * @ordered
	 */
	protected int fr5 = FR5_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr6() <em>Fr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr6()
	 * @generated
	 * @ordered
	 */
	protected static final int FR6_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr6() <em>Fr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr6()
	 * @generated
	 * @ordered
	 */
	protected int fr6 = FR6_EDEFAULT;

	/**
	 * The default value of the '{@link #getFr7() <em>Fr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr7()
	 * @generated
	 * @ordered
	 */
	protected static final int FR7_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFr7() <em>Fr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFr7()
	 * @generated
	 * @ordered
	 */
	protected int fr7 = FR7_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecurityLevelVectorImpl()
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
		return ItotPackage.Literals.SECURITY_LEVEL_VECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr1()
	{
		return fr1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr1(int newFr1)
	{
		int oldFr1 = fr1;
		fr1 = newFr1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR1, oldFr1, fr1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr2()
	{
		return fr2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr2(int newFr2)
	{
		int oldFr2 = fr2;
		fr2 = newFr2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR2, oldFr2, fr2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr3()
	{
		return fr3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr3(int newFr3)
	{
		int oldFr3 = fr3;
		fr3 = newFr3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR3, oldFr3, fr3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr4()
	{
		return fr4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr4(int newFr4)
	{
		int oldFr4 = fr4;
		fr4 = newFr4;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR4, oldFr4, fr4));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr5()
	{
		return fr5;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr5(int newFr5)
	{
		int oldFr5 = fr5;
		fr5 = newFr5;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR5, oldFr5, fr5));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr6()
	{
		return fr6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr6(int newFr6)
	{
		int oldFr6 = fr6;
		fr6 = newFr6;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR6, oldFr6, fr6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFr7()
	{
		return fr7;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFr7(int newFr7)
	{
		int oldFr7 = fr7;
		fr7 = newFr7;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.SECURITY_LEVEL_VECTOR__FR7, oldFr7, fr7));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int fr(final int index)
	{
		return org.itot.model.query.SecurityLevels.fr(this, index);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUniform()
	{
		return org.itot.model.query.SecurityLevels.isUniform(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScalar()
	{
		return org.itot.model.query.SecurityLevels.scalar(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean covers(final SecurityLevelVector other)
	{
		return org.itot.model.query.SecurityLevels.covers(this, other);
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
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR1:
				return getFr1();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR2:
				return getFr2();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR3:
				return getFr3();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR4:
				return getFr4();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR5:
				return getFr5();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR6:
				return getFr6();
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR7:
				return getFr7();
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
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR1:
				setFr1((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR2:
				setFr2((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR3:
				setFr3((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR4:
				setFr4((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR5:
				setFr5((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR6:
				setFr6((Integer)newValue);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR7:
				setFr7((Integer)newValue);
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
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR1:
				setFr1(FR1_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR2:
				setFr2(FR2_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR3:
				setFr3(FR3_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR4:
				setFr4(FR4_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR5:
				setFr5(FR5_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR6:
				setFr6(FR6_EDEFAULT);
				return;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR7:
				setFr7(FR7_EDEFAULT);
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
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR1:
				return fr1 != FR1_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR2:
				return fr2 != FR2_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR3:
				return fr3 != FR3_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR4:
				return fr4 != FR4_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR5:
				return fr5 != FR5_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR6:
				return fr6 != FR6_EDEFAULT;
			case ItotPackage.SECURITY_LEVEL_VECTOR__FR7:
				return fr7 != FR7_EDEFAULT;
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
			case ItotPackage.SECURITY_LEVEL_VECTOR___FR__INT:
				return fr((Integer)arguments.get(0));
			case ItotPackage.SECURITY_LEVEL_VECTOR___IS_UNIFORM:
				return isUniform();
			case ItotPackage.SECURITY_LEVEL_VECTOR___GET_SCALAR:
				return getScalar();
			case ItotPackage.SECURITY_LEVEL_VECTOR___COVERS__SECURITYLEVELVECTOR:
				return covers((SecurityLevelVector)arguments.get(0));
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
		result.append(" (fr1: ");
		result.append(fr1);
		result.append(", fr2: ");
		result.append(fr2);
		result.append(", fr3: ");
		result.append(fr3);
		result.append(", fr4: ");
		result.append(fr4);
		result.append(", fr5: ");
		result.append(fr5);
		result.append(", fr6: ");
		result.append(fr6);
		result.append(", fr7: ");
		result.append(fr7);
		result.append(')');
		return result.toString();
	}

} //SecurityLevelVectorImpl
