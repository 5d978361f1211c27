/**
 */
package org.itot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Level Vector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * IEC 62443 security levels over the seven foundational requirements FR1-FR7, each 0-4.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr1 <em>Fr1</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr2 <em>Fr2</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr3 <em>Fr3</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr4 <em>Fr4</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr5 <em>Fr5</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr6 <em>Fr6</em>}</li>
 *   <li>{@link org.itot.model.SecurityLevelVector#getFr7 <em>Fr7</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getSecurityLevelVector()
 * @model
 * @generated
 */
public interface SecurityLevelVector extends EObject
{
	/**
	 * Returns the value of the '<em><b>Fr1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR1 identification and authentication control
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr1</em>' attribute.
	 * @see #setFr1(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr1()
	 * @model
	 * @generated
	 */
	int getFr1();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr1 <em>Fr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr1</em>' attribute.
	 * @see #getFr1()
	 * @generated
	 */
	void setFr1(int value);

	/**
	 * Returns the value of the '<em><b>Fr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR2 use control
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr2</em>' attribute.
	 * @see #setFr2(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr2()
	 * @model
	 * @generated
	 */
	int getFr2();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr2 <em>Fr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr2</em>' attribute.
	 * @see #getFr2()
	 * @generated
	 */
	void setFr2(int value);

	/**
	 * Returns the value of the '<em><b>Fr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR3 system integrity
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr3</em>' attribute.
	 * @see #setFr3(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr3()
	 * @model
	 * @generated
	 */
	int getFr3();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr3 <em>Fr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr3</em>' attribute.
	 * @see #getFr3()
	 * @generated
	 */
	void setFr3(int value);

	/**
	 * Returns the value of the '<em><b>Fr4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR4 data confidentiality
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr4</em>' attribute.
	 * @see #setFr4(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr4()
	 * @model
	 * @generated
	 */
	int getFr4();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr4 <em>Fr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr4</em>' attribute.
	 * @see #getFr4()
	 * @generated
	 */
	void setFr4(int value);

	/**
	 * Returns the value of the '<em><b>Fr5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR5 restricted data flow
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr5</em>' attribute.
	 * @see #setFr5(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr5()
	 * @model
	 * @generated
	 */
	int getFr5();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr5 <em>Fr5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr5</em>' attribute.
	 * @see #getFr5()
	 * @generated
	 */
	void setFr5(int value);

	/**
	 * Returns the value of the '<em><b>Fr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR6 timely response to events
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr6</em>' attribute.
	 * @see #setFr6(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr6()
	 * @model
	 * @generated
	 */
	int getFr6();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr6 <em>Fr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr6</em>' attribute.
	 * @see #getFr6()
	 * @generated
	 */
	void setFr6(int value);

	/**
	 * Returns the value of the '<em><b>Fr7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FR7 resource availability
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fr7</em>' attribute.
	 * @see #setFr7(int)
	 * @see org.itot.model.ItotPackage#getSecurityLevelVector_Fr7()
	 * @model
	 * @generated
	 */
	int getFr7();

	/**
	 * Sets the value of the '{@link org.itot.model.SecurityLevelVector#getFr7 <em>Fr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fr7</em>' attribute.
	 * @see #getFr7()
	 * @generated
	 */
	void setFr7(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level for FR index (1-7).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int fr(int index);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when all seven FRs share one level (the scalar shorthand).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isUniform();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shorthand scalar SL: the highest level over all FRs.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	int getScalar();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when every FR is at least the other vector's level.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean covers(SecurityLevelVector other);

} // SecurityLevelVector
