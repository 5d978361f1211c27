/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attack Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference to a MITRE ATT&CK for ICS object (technique, tactic, mitigation or asset).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.AttackReference#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getStixId <em>Stix Id</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getName <em>Name</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getAttackVersion <em>Attack Version</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getRevokedBy <em>Revoked By</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#isDeprecated <em>Deprecated</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getTactics <em>Tactics</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getMitigatedBy <em>Mitigated By</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.itot.model.AttackReference#getShortName <em>Short Name</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getAttackReference()
 * @model
 * @generated
 */
public interface AttackReference extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.AttackObjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.itot.model.AttackObjectKind
	 * @see #setKind(AttackObjectKind)
	 * @see org.itot.model.ItotPackage#getAttackReference_Kind()
	 * @model
	 * @generated
	 */
	AttackObjectKind getKind();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.itot.model.AttackObjectKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AttackObjectKind value);

	/**
	 * Returns the value of the '<em><b>Stix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stix Id</em>' attribute.
	 * @see #setStixId(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_StixId()
	 * @model
	 * @generated
	 */
	String getStixId();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getStixId <em>Stix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stix Id</em>' attribute.
	 * @see #getStixId()
	 * @generated
	 */
	void setStixId(String value);

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Txxxx, Mxxxx, TAxxxx or Axxxx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Attack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attack Version</em>' attribute.
	 * @see #setAttackVersion(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_AttackVersion()
	 * @model
	 * @generated
	 */
	String getAttackVersion();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getAttackVersion <em>Attack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attack Version</em>' attribute.
	 * @see #getAttackVersion()
	 * @generated
	 */
	void setAttackVersion(String value);

	/**
	 * Returns the value of the '<em><b>Revoked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * External id of the object that replaces this one, when revoked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revoked By</em>' attribute.
	 * @see #setRevokedBy(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_RevokedBy()
	 * @model
	 * @generated
	 */
	String getRevokedBy();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getRevokedBy <em>Revoked By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revoked By</em>' attribute.
	 * @see #getRevokedBy()
	 * @generated
	 */
	void setRevokedBy(String value);

	/**
	 * Returns the value of the '<em><b>Deprecated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deprecated</em>' attribute.
	 * @see #setDeprecated(boolean)
	 * @see org.itot.model.ItotPackage#getAttackReference_Deprecated()
	 * @model
	 * @generated
	 */
	boolean isDeprecated();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#isDeprecated <em>Deprecated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deprecated</em>' attribute.
	 * @see #isDeprecated()
	 * @generated
	 */
	void setDeprecated(boolean value);

	/**
	 * Returns the value of the '<em><b>Tactics</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.AttackReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a technique: the tactics (matrix columns) it belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tactics</em>' reference list.
	 * @see org.itot.model.ItotPackage#getAttackReference_Tactics()
	 * @model
	 * @generated
	 */
	EList<AttackReference> getTactics();

	/**
	 * Returns the value of the '<em><b>Mitigated By</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.AttackReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a technique: the mitigations that address it (STIX 'mitigates' relationships).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigated By</em>' reference list.
	 * @see org.itot.model.ItotPackage#getAttackReference_MitigatedBy()
	 * @model
	 * @generated
	 */
	EList<AttackReference> getMitigatedBy();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.AttackReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a technique: the ATT&CK assets it targets (STIX 'targets' relationships).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.itot.model.ItotPackage#getAttackReference_Targets()
	 * @model
	 * @generated
	 */
	EList<AttackReference> getTargets();

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a tactic: its STIX short name (x_mitre_shortname, e.g. initial-access-ics), which techniques' kill-chain phases cite.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see org.itot.model.ItotPackage#getAttackReference_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link org.itot.model.AttackReference#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

} // AttackReference
