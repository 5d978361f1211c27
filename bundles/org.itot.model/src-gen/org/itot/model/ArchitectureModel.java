/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Architecture Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one system under consideration (IEC 62443-3-2 ZCR 1) with its zones, conduits, flows and diagrams.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.ArchitectureModel#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getPerimeter <em>Perimeter</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getAccessPoints <em>Access Points</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getOwnerOrganisation <em>Owner Organisation</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getAttackVersion <em>Attack Version</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getZones <em>Zones</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getConduits <em>Conduits</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getAttackReferences <em>Attack References</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getRuleSettings <em>Rule Settings</em>}</li>
 *   <li>{@link org.itot.model.ArchitectureModel#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getArchitectureModel()
 * @model
 * @generated
 */
public interface ArchitectureModel extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .itot file format this model was written in; see ModelFormat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Perimeter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description of the system-under-consideration perimeter (ZCR 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perimeter</em>' attribute.
	 * @see #setPerimeter(String)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Perimeter()
	 * @model
	 * @generated
	 */
	String getPerimeter();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#getPerimeter <em>Perimeter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perimeter</em>' attribute.
	 * @see #getPerimeter()
	 * @generated
	 */
	void setPerimeter(String value);

	/**
	 * Returns the value of the '<em><b>Access Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access points into the system under consideration (ZCR 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Points</em>' attribute list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_AccessPoints()
	 * @model
	 * @generated
	 */
	EList<String> getAccessPoints();

	/**
	 * Returns the value of the '<em><b>Owner Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Organisation</em>' attribute.
	 * @see #setOwnerOrganisation(String)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_OwnerOrganisation()
	 * @model
	 * @generated
	 */
	String getOwnerOrganisation();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#getOwnerOrganisation <em>Owner Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Organisation</em>' attribute.
	 * @see #getOwnerOrganisation()
	 * @generated
	 */
	void setOwnerOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(String)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Revision()
	 * @model
	 * @generated
	 */
	String getRevision();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(String value);

	/**
	 * Returns the value of the '<em><b>Attack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the ATT&CK for ICS dataset the references were taken from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attack Version</em>' attribute.
	 * @see #setAttackVersion(String)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_AttackVersion()
	 * @model
	 * @generated
	 */
	String getAttackVersion();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#getAttackVersion <em>Attack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attack Version</em>' attribute.
	 * @see #getAttackVersion()
	 * @generated
	 */
	void setAttackVersion(String value);

	/**
	 * Returns the value of the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Draft models report missing security levels as warnings, not errors (SL-01).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Draft</em>' attribute.
	 * @see #setDraft(boolean)
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Draft()
	 * @model
	 * @generated
	 */
	boolean isDraft();

	/**
	 * Sets the value of the '{@link org.itot.model.ArchitectureModel#isDraft <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft</em>' attribute.
	 * @see #isDraft()
	 * @generated
	 */
	void setDraft(boolean value);

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Zone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zones</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Zones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Zone> getZones();

	/**
	 * Returns the value of the '<em><b>Conduits</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Conduit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conduits</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Conduits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conduit> getConduits();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flow> getFlows();

	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocols</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Protocols()
	 * @model containment="true"
	 * @generated
	 */
	EList<Protocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Attack References</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.AttackReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attack References</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_AttackReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttackReference> getAttackReferences();

	/**
	 * Returns the value of the '<em><b>Waivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Waiver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waivers</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Waivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Waiver> getWaivers();

	/**
	 * Returns the value of the '<em><b>Rule Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.RuleSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Settings</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_RuleSettings()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleSetting> getRuleSettings();

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getArchitectureModel_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every zone, sub-zones included, depth first.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Zone> getAllZones();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every asset of every zone and sub-zone.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Asset> getAllAssets();

} // ArchitectureModel
