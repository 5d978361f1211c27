/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Operations a role may perform on a scope of zones or assets (empty scope = all assets).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Permission#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.itot.model.Permission#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getPermission()
 * @model
 * @generated
 */
public interface Permission extends EObject
{
	/**
	 * Returns the value of the '<em><b>Operations</b></em>' attribute list.
	 * The list contents are of type {@link org.itot.model.FlowOperation}.
	 * The literals are from the enumeration {@link org.itot.model.FlowOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' attribute list.
	 * @see org.itot.model.FlowOperation
	 * @see org.itot.model.ItotPackage#getPermission_Operations()
	 * @model
	 * @generated
	 */
	EList<FlowOperation> getOperations();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.NetworkScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' reference list.
	 * @see org.itot.model.ItotPackage#getPermission_Scope()
	 * @model
	 * @generated
	 */
	EList<NetworkScope> getScope();

} // Permission
