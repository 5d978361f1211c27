/**
 */
package org.itot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Countermeasure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A compensating countermeasure attached to a zone, with the security level it achieves (SL-03).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Countermeasure#getSlCapability <em>Sl Capability</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getCountermeasure()
 * @model
 * @generated
 */
public interface Countermeasure extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Sl Capability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sl Capability</em>' containment reference.
	 * @see #setSlCapability(SecurityLevelVector)
	 * @see org.itot.model.ItotPackage#getCountermeasure_SlCapability()
	 * @model containment="true"
	 * @generated
	 */
	SecurityLevelVector getSlCapability();

	/**
	 * Sets the value of the '{@link org.itot.model.Countermeasure#getSlCapability <em>Sl Capability</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Capability</em>' containment reference.
	 * @see #getSlCapability()
	 * @generated
	 */
	void setSlCapability(SecurityLevelVector value);

} // Countermeasure
