/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A view of the model: node and edge views referencing semantic elements. Several diagrams may show the same elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.itot.model.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.NodeView}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeView> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.EdgeView}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeView> getEdges();

} // Diagram
