/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role or account used by flows, with its permissions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Role#isPrivileged <em>Privileged</em>}</li>
 *   <li>{@link org.itot.model.Role#isShared <em>Shared</em>}</li>
 *   <li>{@link org.itot.model.Role#isMfaRequired <em>Mfa Required</em>}</li>
 *   <li>{@link org.itot.model.Role#isEmergency <em>Emergency</em>}</li>
 *   <li>{@link org.itot.model.Role#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Privileged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Privileged</em>' attribute.
	 * @see #setPrivileged(boolean)
	 * @see org.itot.model.ItotPackage#getRole_Privileged()
	 * @model
	 * @generated
	 */
	boolean isPrivileged();

	/**
	 * Sets the value of the '{@link org.itot.model.Role#isPrivileged <em>Privileged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privileged</em>' attribute.
	 * @see #isPrivileged()
	 * @generated
	 */
	void setPrivileged(boolean value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.itot.model.ItotPackage#getRole_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.itot.model.Role#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Mfa Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfa Required</em>' attribute.
	 * @see #setMfaRequired(boolean)
	 * @see org.itot.model.ItotPackage#getRole_MfaRequired()
	 * @model
	 * @generated
	 */
	boolean isMfaRequired();

	/**
	 * Sets the value of the '{@link org.itot.model.Role#isMfaRequired <em>Mfa Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa Required</em>' attribute.
	 * @see #isMfaRequired()
	 * @generated
	 */
	void setMfaRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Emergency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A documented emergency (firecall) account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency</em>' attribute.
	 * @see #setEmergency(boolean)
	 * @see org.itot.model.ItotPackage#getRole_Emergency()
	 * @model
	 * @generated
	 */
	boolean isEmergency();

	/**
	 * Sets the value of the '{@link org.itot.model.Role#isEmergency <em>Emergency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency</em>' attribute.
	 * @see #isEmergency()
	 * @generated
	 */
	void setEmergency(boolean value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permissions</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getRole_Permissions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Permission> getPermissions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows that use this role.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Flow> getFlows();

} // Role
