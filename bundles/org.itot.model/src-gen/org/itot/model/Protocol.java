/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network protocol from the model's protocol library.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Protocol#getCategory <em>Category</em>}</li>
 *   <li>{@link org.itot.model.Protocol#getDefaultPorts <em>Default Ports</em>}</li>
 *   <li>{@link org.itot.model.Protocol#isCleartext <em>Cleartext</em>}</li>
 *   <li>{@link org.itot.model.Protocol#isAuthenticates <em>Authenticates</em>}</li>
 *   <li>{@link org.itot.model.Protocol#isIntegrityProtected <em>Integrity Protected</em>}</li>
 *   <li>{@link org.itot.model.Protocol#getSecureVariantOf <em>Secure Variant Of</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.ProtocolCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.itot.model.ProtocolCategory
	 * @see #setCategory(ProtocolCategory)
	 * @see org.itot.model.ItotPackage#getProtocol_Category()
	 * @model
	 * @generated
	 */
	ProtocolCategory getCategory();

	/**
	 * Sets the value of the '{@link org.itot.model.Protocol#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.itot.model.ProtocolCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ProtocolCategory value);

	/**
	 * Returns the value of the '<em><b>Default Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.PortRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Ports</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getProtocol_DefaultPorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PortRange> getDefaultPorts();

	/**
	 * Returns the value of the '<em><b>Cleartext</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cleartext</em>' attribute.
	 * @see #setCleartext(boolean)
	 * @see org.itot.model.ItotPackage#getProtocol_Cleartext()
	 * @model
	 * @generated
	 */
	boolean isCleartext();

	/**
	 * Sets the value of the '{@link org.itot.model.Protocol#isCleartext <em>Cleartext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cleartext</em>' attribute.
	 * @see #isCleartext()
	 * @generated
	 */
	void setCleartext(boolean value);

	/**
	 * Returns the value of the '<em><b>Authenticates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authenticates</em>' attribute.
	 * @see #setAuthenticates(boolean)
	 * @see org.itot.model.ItotPackage#getProtocol_Authenticates()
	 * @model
	 * @generated
	 */
	boolean isAuthenticates();

	/**
	 * Sets the value of the '{@link org.itot.model.Protocol#isAuthenticates <em>Authenticates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authenticates</em>' attribute.
	 * @see #isAuthenticates()
	 * @generated
	 */
	void setAuthenticates(boolean value);

	/**
	 * Returns the value of the '<em><b>Integrity Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Integrity Protected</em>' attribute.
	 * @see #setIntegrityProtected(boolean)
	 * @see org.itot.model.ItotPackage#getProtocol_IntegrityProtected()
	 * @model
	 * @generated
	 */
	boolean isIntegrityProtected();

	/**
	 * Sets the value of the '{@link org.itot.model.Protocol#isIntegrityProtected <em>Integrity Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integrity Protected</em>' attribute.
	 * @see #isIntegrityProtected()
	 * @generated
	 */
	void setIntegrityProtected(boolean value);

	/**
	 * Returns the value of the '<em><b>Secure Variant Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The insecure protocol this one is the secure variant of (e.g. HTTPS of HTTP).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secure Variant Of</em>' reference.
	 * @see #setSecureVariantOf(Protocol)
	 * @see org.itot.model.ItotPackage#getProtocol_SecureVariantOf()
	 * @model
	 * @generated
	 */
	Protocol getSecureVariantOf();

	/**
	 * Sets the value of the '{@link org.itot.model.Protocol#getSecureVariantOf <em>Secure Variant Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure Variant Of</em>' reference.
	 * @see #getSecureVariantOf()
	 * @generated
	 */
	void setSecureVariantOf(Protocol value);

} // Protocol
