/**
 */
package org.itot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something a firewall rule or a role permission can name as source, destination or scope: a zone or an asset.
 * <!-- end-model-doc -->
 *
 *
 * @see org.itot.model.ItotPackage#getNetworkScope()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface NetworkScope extends EObject
{
} // NetworkScope
