/**
 */
package org.itot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A model's setting for one rule: disabled, or with another severity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.RuleSetting#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.itot.model.RuleSetting#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.itot.model.RuleSetting#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getRuleSetting()
 * @model
 * @generated
 */
public interface RuleSetting extends EObject
{
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.itot.model.ItotPackage#getRuleSetting_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.itot.model.RuleSetting#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.itot.model.ItotPackage#getRuleSetting_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.itot.model.RuleSetting#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.SeverityOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.itot.model.SeverityOverride
	 * @see #setSeverity(SeverityOverride)
	 * @see org.itot.model.ItotPackage#getRuleSetting_Severity()
	 * @model
	 * @generated
	 */
	SeverityOverride getSeverity();

	/**
	 * Sets the value of the '{@link org.itot.model.RuleSetting#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.itot.model.SeverityOverride
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(SeverityOverride value);

} // RuleSetting
