/**
 */
package org.itot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A free-text note on a diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.NoteView#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getNoteView()
 * @model
 * @generated
 */
public interface NoteView extends NodeView
{
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.itot.model.ItotPackage#getNoteView_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.itot.model.NoteView#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // NoteView
