/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line on a diagram: a conduit or a flow between two node views.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.EdgeView#getElement <em>Element</em>}</li>
 *   <li>{@link org.itot.model.EdgeView#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.EdgeView#getTarget <em>Target</em>}</li>
 *   <li>{@link org.itot.model.EdgeView#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.itot.model.EdgeView#getLabelOffsetX <em>Label Offset X</em>}</li>
 *   <li>{@link org.itot.model.EdgeView#getLabelOffsetY <em>Label Offset Y</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getEdgeView()
 * @model
 * @generated
 */
public interface EdgeView extends EObject
{
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(ModelElement)
	 * @see org.itot.model.ItotPackage#getEdgeView_Element()
	 * @model
	 * @generated
	 */
	ModelElement getElement();

	/**
	 * Sets the value of the '{@link org.itot.model.EdgeView#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(ModelElement value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NodeView)
	 * @see org.itot.model.ItotPackage#getEdgeView_Source()
	 * @model
	 * @generated
	 */
	NodeView getSource();

	/**
	 * Sets the value of the '{@link org.itot.model.EdgeView#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NodeView value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NodeView)
	 * @see org.itot.model.ItotPackage#getEdgeView_Target()
	 * @model
	 * @generated
	 */
	NodeView getTarget();

	/**
	 * Sets the value of the '{@link org.itot.model.EdgeView#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NodeView value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Bendpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getEdgeView_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bendpoint> getBendpoints();

	/**
	 * Returns the value of the '<em><b>Label Offset X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Offset X</em>' attribute.
	 * @see #setLabelOffsetX(int)
	 * @see org.itot.model.ItotPackage#getEdgeView_LabelOffsetX()
	 * @model
	 * @generated
	 */
	int getLabelOffsetX();

	/**
	 * Sets the value of the '{@link org.itot.model.EdgeView#getLabelOffsetX <em>Label Offset X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Offset X</em>' attribute.
	 * @see #getLabelOffsetX()
	 * @generated
	 */
	void setLabelOffsetX(int value);

	/**
	 * Returns the value of the '<em><b>Label Offset Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Offset Y</em>' attribute.
	 * @see #setLabelOffsetY(int)
	 * @see org.itot.model.ItotPackage#getEdgeView_LabelOffsetY()
	 * @model
	 * @generated
	 */
	int getLabelOffsetY();

	/**
	 * Sets the value of the '{@link org.itot.model.EdgeView#getLabelOffsetY <em>Label Offset Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Offset Y</em>' attribute.
	 * @see #getLabelOffsetY()
	 * @generated
	 */
	void setLabelOffsetY(int value);

} // EdgeView
