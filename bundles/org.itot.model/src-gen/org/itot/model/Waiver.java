/**
 */
package org.itot.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Waiver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An accepted risk: a finding that stays visible as accepted until it expires or its element changes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Waiver#getFindingId <em>Finding Id</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getAcceptedOn <em>Accepted On</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.itot.model.Waiver#getElementDigest <em>Element Digest</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getWaiver()
 * @model
 * @generated
 */
public interface Waiver extends EObject
{
	/**
	 * Returns the value of the '<em><b>Finding Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable finding key rule@element[@flow].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding Id</em>' attribute.
	 * @see #setFindingId(String)
	 * @see org.itot.model.ItotPackage#getWaiver_FindingId()
	 * @model
	 * @generated
	 */
	String getFindingId();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getFindingId <em>Finding Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding Id</em>' attribute.
	 * @see #getFindingId()
	 * @generated
	 */
	void setFindingId(String value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.itot.model.ItotPackage#getWaiver_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.itot.model.ItotPackage#getWaiver_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.itot.model.ItotPackage#getWaiver_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Accepted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accepted On</em>' attribute.
	 * @see #setAcceptedOn(Date)
	 * @see org.itot.model.ItotPackage#getWaiver_AcceptedOn()
	 * @model
	 * @generated
	 */
	Date getAcceptedOn();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getAcceptedOn <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted On</em>' attribute.
	 * @see #getAcceptedOn()
	 * @generated
	 */
	void setAcceptedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(Date)
	 * @see org.itot.model.ItotPackage#getWaiver_ExpiresOn()
	 * @model
	 * @generated
	 */
	Date getExpiresOn();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(Date value);

	/**
	 * Returns the value of the '<em><b>Element Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Digest of the waived element's relevant state when the waiver was granted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Digest</em>' attribute.
	 * @see #setElementDigest(String)
	 * @see org.itot.model.ItotPackage#getWaiver_ElementDigest()
	 * @model
	 * @generated
	 */
	String getElementDigest();

	/**
	 * Sets the value of the '{@link org.itot.model.Waiver#getElementDigest <em>Element Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Digest</em>' attribute.
	 * @see #getElementDigest()
	 * @generated
	 */
	void setElementDigest(String value);

} // Waiver
