/**
 */
package org.itot.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * ITOT Architect metamodel: Purdue zones, IEC 62443 conduits, assets, flows, firewall rules, roles, security levels, ATT&CK references, waivers and the diagram notation.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotFactory
 * @model kind="package"
 * @generated
 */
public interface ItotPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.itot.org/architecture/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "itot";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ItotPackage eINSTANCE = org.itot.model.impl.ItotPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ModelElementImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT___GET_MODEL = 0;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.itot.model.NetworkScope <em>Network Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.NetworkScope
	 * @see org.itot.model.impl.ItotPackageImpl#getNetworkScope()
	 * @generated
	 */
	int NETWORK_SCOPE = 1;

	/**
	 * The number of structural features of the '<em>Network Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SCOPE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Network Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SCOPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ArchitectureModelImpl <em>Architecture Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ArchitectureModelImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getArchitectureModel()
	 * @generated
	 */
	int ARCHITECTURE_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__FORMAT_VERSION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Perimeter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__PERIMETER = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Access Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ACCESS_POINTS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__OWNER_ORGANISATION = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__REVISION = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ATTACK_VERSION = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__DRAFT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ZONES = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Conduits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__CONDUITS = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__FLOWS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__PROTOCOLS = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ROLES = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Attack References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__ATTACK_REFERENCES = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Waivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__WAIVERS = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Rule Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__RULE_SETTINGS = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL__DIAGRAMS = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Architecture Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get All Zones</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL___GET_ALL_ZONES = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get All Assets</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL___GET_ALL_ASSETS = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Architecture Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_MODEL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.SecurityLevelVectorImpl <em>Security Level Vector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.SecurityLevelVectorImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getSecurityLevelVector()
	 * @generated
	 */
	int SECURITY_LEVEL_VECTOR = 3;

	/**
	 * The feature id for the '<em><b>Fr1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR1 = 0;

	/**
	 * The feature id for the '<em><b>Fr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR2 = 1;

	/**
	 * The feature id for the '<em><b>Fr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR3 = 2;

	/**
	 * The feature id for the '<em><b>Fr4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR4 = 3;

	/**
	 * The feature id for the '<em><b>Fr5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR5 = 4;

	/**
	 * The feature id for the '<em><b>Fr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR6 = 5;

	/**
	 * The feature id for the '<em><b>Fr7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR__FR7 = 6;

	/**
	 * The number of structural features of the '<em>Security Level Vector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR_FEATURE_COUNT = 7;

	/**
	 * The operation id for the '<em>Fr</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR___FR__INT = 0;

	/**
	 * The operation id for the '<em>Is Uniform</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR___IS_UNIFORM = 1;

	/**
	 * The operation id for the '<em>Get Scalar</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR___GET_SCALAR = 2;

	/**
	 * The operation id for the '<em>Covers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR___COVERS__SECURITYLEVELVECTOR = 3;

	/**
	 * The number of operations of the '<em>Security Level Vector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_LEVEL_VECTOR_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ZoneImpl <em>Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ZoneImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getZone()
	 * @generated
	 */
	int ZONE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Purdue Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__PURDUE_LEVEL = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sl Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SL_TARGET = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sl Achieved</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SL_ACHIEVED = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sl Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SL_ASSESSMENT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__OWNER = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Accountable Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__ACCOUNTABLE_ORGANISATION = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Safety Designation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SAFETY_DESIGNATION = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Trusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__TRUSTED = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Classified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__CLASSIFIED = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Physical Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__PHYSICAL_BOUNDARY = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Logical Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__LOGICAL_BOUNDARY = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SITE = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sub Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SUB_ZONES = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__ASSETS = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Countermeasures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__COUNTERMEASURES = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get Parent Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_PARENT_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Enterprise Side</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___IS_ENTERPRISE_SIDE = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Industrial Side</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___IS_INDUSTRIAL_SIDE = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Outside Network</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___IS_OUTSIDE_NETWORK = MODEL_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Is External Link</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___IS_EXTERNAL_LINK = MODEL_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Effective Site</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_EFFECTIVE_SITE = MODEL_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Idmz</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___IS_IDMZ = MODEL_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Level Rank</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_LEVEL_RANK = MODEL_ELEMENT_OPERATION_COUNT + 7;

	/**
	 * The operation id for the '<em>Get Sl Shortfall</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_SL_SHORTFALL = MODEL_ELEMENT_OPERATION_COUNT + 8;

	/**
	 * The operation id for the '<em>Get All Assets</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_ALL_ASSETS = MODEL_ELEMENT_OPERATION_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Conduits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_CONDUITS = MODEL_ELEMENT_OPERATION_COUNT + 10;

	/**
	 * The operation id for the '<em>Get Min Independent Barriers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_MIN_INDEPENDENT_BARRIERS = MODEL_ELEMENT_OPERATION_COUNT + 11;

	/**
	 * The operation id for the '<em>Get Min Monitored Conduits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE___GET_MIN_MONITORED_CONDUITS = MODEL_ELEMENT_OPERATION_COUNT + 12;

	/**
	 * The number of operations of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 13;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.CountermeasureImpl <em>Countermeasure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.CountermeasureImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getCountermeasure()
	 * @generated
	 */
	int COUNTERMEASURE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sl Capability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE__SL_CAPABILITY = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Countermeasure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The number of operations of the '<em>Countermeasure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTERMEASURE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.AssetImpl <em>Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.AssetImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getAsset()
	 * @generated
	 */
	int ASSET = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__TYPE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Additional Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ADDITIONAL_ROLES = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Safety System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SAFETY_SYSTEM = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DISCOVERED = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__INTERFACES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sl Capability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SL_CAPABILITY = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__OWNER = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__VENDOR = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Product Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__PRODUCT_MODEL = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__FIRMWARE = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Criticality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CRITICALITY = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__LOCATION = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Internet Exposed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__INTERNET_EXPOSED = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Wireless</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__WIRELESS = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Remote Access Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__REMOTE_ACCESS_ENABLED = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__MFA = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Default Credentials Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DEFAULT_CREDENTIALS_CHANGED = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Hardcoded Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__HARDCODED_CREDENTIALS = MODEL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__INLINE = MODEL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Redundancy Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__REDUNDANCY_GROUP = MODEL_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Listening Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__LISTENING_SERVICES = MODEL_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Patch Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__PATCH_SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Av Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__AV_SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Logs To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__LOGS_TO = MODEL_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Attack Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ATTACK_ASSET = MODEL_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Firewall Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__FIREWALL_RULES = MODEL_ELEMENT_FEATURE_COUNT + 25;

	/**
	 * The number of structural features of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 26;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Interface Zones</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_INTERFACE_ZONES = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Has Role</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___HAS_ROLE__ASSETTYPE = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Remote Access Gateway</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_REMOTE_ACCESS_GATEWAY = MODEL_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Entry Point</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_ENTRY_POINT = MODEL_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Is External Origin</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_EXTERNAL_ORIGIN = MODEL_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>Protects End</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___PROTECTS_END__ZONE = MODEL_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The operation id for the '<em>Is Enforcement Device</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_ENFORCEMENT_DEVICE = MODEL_ELEMENT_OPERATION_COUNT + 7;

	/**
	 * The operation id for the '<em>Is Monitoring Device</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_MONITORING_DEVICE = MODEL_ELEMENT_OPERATION_COUNT + 8;

	/**
	 * The operation id for the '<em>Is Controller</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_CONTROLLER = MODEL_ELEMENT_OPERATION_COUNT + 9;

	/**
	 * The operation id for the '<em>Is Business Asset</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_BUSINESS_ASSET = MODEL_ELEMENT_OPERATION_COUNT + 10;

	/**
	 * The operation id for the '<em>Is Iacs Asset</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___IS_IACS_ASSET = MODEL_ELEMENT_OPERATION_COUNT + 11;

	/**
	 * The operation id for the '<em>Get Enforced Conduits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_ENFORCED_CONDUITS = MODEL_ELEMENT_OPERATION_COUNT + 12;

	/**
	 * The operation id for the '<em>Get Monitored Conduits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_MONITORED_CONDUITS = MODEL_ELEMENT_OPERATION_COUNT + 13;

	/**
	 * The operation id for the '<em>Get Outgoing Flows</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_OUTGOING_FLOWS = MODEL_ELEMENT_OPERATION_COUNT + 14;

	/**
	 * The operation id for the '<em>Get Incoming Flows</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_INCOMING_FLOWS = MODEL_ELEMENT_OPERATION_COUNT + 15;

	/**
	 * The operation id for the '<em>Ends With Deny All</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___ENDS_WITH_DENY_ALL = MODEL_ELEMENT_OPERATION_COUNT + 16;

	/**
	 * The operation id for the '<em>Get Unused Services</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___GET_UNUSED_SERVICES = MODEL_ELEMENT_OPERATION_COUNT + 17;

	/**
	 * The operation id for the '<em>Permits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___PERMITS__FLOW = MODEL_ELEMENT_OPERATION_COUNT + 18;

	/**
	 * The number of operations of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 19;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.NetworkInterfaceImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ZONE = 1;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ADDRESSES = 2;

	/**
	 * The feature id for the '<em><b>Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__VLAN = 3;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.PortRangeImpl <em>Port Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.PortRangeImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getPortRange()
	 * @generated
	 */
	int PORT_RANGE = 8;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__TRANSPORT = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__TO = 2;

	/**
	 * The number of structural features of the '<em>Port Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Contains</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE___CONTAINS__PORTRANGE = 0;

	/**
	 * The operation id for the '<em>Is Single Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE___IS_SINGLE_PORT = 1;

	/**
	 * The number of operations of the '<em>Port Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ListeningServiceImpl <em>Listening Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ListeningServiceImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getListeningService()
	 * @generated
	 */
	int LISTENING_SERVICE = 9;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SERVICE__PROTOCOL = 0;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SERVICE__PORTS = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SERVICE__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Listening Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SERVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Listening Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ProtocolImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__CATEGORY = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DEFAULT_PORTS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cleartext</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__CLEARTEXT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Authenticates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__AUTHENTICATES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Integrity Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__INTEGRITY_PROTECTED = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Secure Variant Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__SECURE_VARIANT_OF = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.ConduitImpl <em>Conduit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.ConduitImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getConduit()
	 * @generated
	 */
	int CONDUIT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ZONES = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sl Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__SL_TARGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enforced By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ENFORCED_BY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Monitored By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__MONITORED_BY = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Terminated By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__TERMINATED_BY = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__MEDIUM = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ENCRYPTED = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Authenticated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__AUTHENTICATED = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Unidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__UNIDIRECTIONAL = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Allowed Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ALLOWED_SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__OWNER = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Accountable Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ACCOUNTABLE_ORGANISATION = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Conduit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Joins</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___JOINS__ZONE_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Other Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___GET_OTHER_ZONE__ZONE = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Flows</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___GET_FLOWS = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Faces Outside</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___FACES_OUTSIDE = MODEL_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Get Ends Without Enforcement Point</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___GET_ENDS_WITHOUT_ENFORCEMENT_POINT = MODEL_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Untrusted Medium</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___IS_UNTRUSTED_MEDIUM = MODEL_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Routable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT___IS_ROUTABLE = MODEL_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The number of operations of the '<em>Conduit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.FlowImpl <em>Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.FlowImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getFlow()
	 * @generated
	 */
	int FLOW = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__PROTOCOL = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__PORTS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__OPERATION = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__PURPOSE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Remote Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__REMOTE_ACCESS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__MFA = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__APPROVAL_REQUIRED = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__ROLE = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Carried By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__CARRIED_BY = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__DISCOVERED = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get Source Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___GET_SOURCE_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Target Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___GET_TARGET_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Is From Outside</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___IS_FROM_OUTSIDE = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Cross Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___IS_CROSS_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Controller Write</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___IS_CONTROLLER_WRITE = MODEL_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Is From Authorised Writer</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___IS_FROM_AUTHORISED_WRITER = MODEL_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Conduits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___GET_CONDUITS = MODEL_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Zone Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW___GET_ZONE_PATH = MODEL_ELEMENT_OPERATION_COUNT + 7;

	/**
	 * The number of operations of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.FirewallRuleImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getFirewallRule()
	 * @generated
	 */
	int FIREWALL_RULE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ORDER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__DESTINATION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__PROTOCOL = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__PORTS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ACTION = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Logging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__LOGGING = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Justified By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__JUSTIFIED_BY = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get Device</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___GET_DEVICE = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Any Service</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___IS_ANY_SERVICE = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Matches</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___MATCHES__FLOW = MODEL_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Source Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___GET_SOURCE_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Get Destination Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE___GET_DESTINATION_ZONE = MODEL_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The number of operations of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.RoleImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Privileged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PRIVILEGED = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SHARED = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mfa Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__MFA_REQUIRED = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Emergency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__EMERGENCY = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The operation id for the '<em>Get Flows</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE___GET_FLOWS = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.PermissionImpl <em>Permission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.PermissionImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 15;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__OPERATIONS = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION__SCOPE = 1;

	/**
	 * The number of structural features of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMISSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.AttackReferenceImpl <em>Attack Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.AttackReferenceImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getAttackReference()
	 * @generated
	 */
	int ATTACK_REFERENCE = 16;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Stix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__STIX_ID = 1;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__EXTERNAL_ID = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__NAME = 3;

	/**
	 * The feature id for the '<em><b>Attack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__ATTACK_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Revoked By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__REVOKED_BY = 5;

	/**
	 * The feature id for the '<em><b>Deprecated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__DEPRECATED = 6;

	/**
	 * The feature id for the '<em><b>Tactics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__TACTICS = 7;

	/**
	 * The feature id for the '<em><b>Mitigated By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__MITIGATED_BY = 8;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__TARGETS = 9;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE__SHORT_NAME = 10;

	/**
	 * The number of structural features of the '<em>Attack Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Attack Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACK_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.WaiverImpl <em>Waiver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.WaiverImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getWaiver()
	 * @generated
	 */
	int WAIVER = 17;

	/**
	 * The feature id for the '<em><b>Finding Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__FINDING_ID = 0;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__RULE_ID = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__RATIONALE = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Accepted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__ACCEPTED_ON = 4;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__EXPIRES_ON = 5;

	/**
	 * The feature id for the '<em><b>Element Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__ELEMENT_DIGEST = 6;

	/**
	 * The number of structural features of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.RuleSettingImpl <em>Rule Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.RuleSettingImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getRuleSetting()
	 * @generated
	 */
	int RULE_SETTING = 18;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__SEVERITY = 2;

	/**
	 * The number of structural features of the '<em>Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.DiagramImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM___GET_MODEL = MODEL_ELEMENT___GET_MODEL;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.NodeViewImpl <em>Node View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.NodeViewImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getNodeView()
	 * @generated
	 */
	int NODE_VIEW = 20;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__COLLAPSED = 5;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW__CHILDREN = 6;

	/**
	 * The number of structural features of the '<em>Node View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Node View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.NoteViewImpl <em>Note View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.NoteViewImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getNoteView()
	 * @generated
	 */
	int NOTE_VIEW = 21;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__ELEMENT = NODE_VIEW__ELEMENT;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__X = NODE_VIEW__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__Y = NODE_VIEW__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__WIDTH = NODE_VIEW__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__HEIGHT = NODE_VIEW__HEIGHT;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__COLLAPSED = NODE_VIEW__COLLAPSED;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__CHILDREN = NODE_VIEW__CHILDREN;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW__TEXT = NODE_VIEW_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Note View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW_FEATURE_COUNT = NODE_VIEW_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Note View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_VIEW_OPERATION_COUNT = NODE_VIEW_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.EdgeViewImpl <em>Edge View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.EdgeViewImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getEdgeView()
	 * @generated
	 */
	int EDGE_VIEW = 22;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__BENDPOINTS = 3;

	/**
	 * The feature id for the '<em><b>Label Offset X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__LABEL_OFFSET_X = 4;

	/**
	 * The feature id for the '<em><b>Label Offset Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW__LABEL_OFFSET_Y = 5;

	/**
	 * The number of structural features of the '<em>Edge View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Edge View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.impl.BendpointImpl <em>Bendpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.impl.BendpointImpl
	 * @see org.itot.model.impl.ItotPackageImpl#getBendpoint()
	 * @generated
	 */
	int BENDPOINT = 23;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Bendpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itot.model.PurdueLevel <em>Purdue Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.PurdueLevel
	 * @see org.itot.model.impl.ItotPackageImpl#getPurdueLevel()
	 * @generated
	 */
	int PURDUE_LEVEL = 24;

	/**
	 * The meta object id for the '{@link org.itot.model.ZoneKind <em>Zone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.ZoneKind
	 * @see org.itot.model.impl.ItotPackageImpl#getZoneKind()
	 * @generated
	 */
	int ZONE_KIND = 25;

	/**
	 * The meta object id for the '{@link org.itot.model.Ownership <em>Ownership</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.Ownership
	 * @see org.itot.model.impl.ItotPackageImpl#getOwnership()
	 * @generated
	 */
	int OWNERSHIP = 26;

	/**
	 * The meta object id for the '{@link org.itot.model.AssetType <em>Asset Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.AssetType
	 * @see org.itot.model.impl.ItotPackageImpl#getAssetType()
	 * @generated
	 */
	int ASSET_TYPE = 27;

	/**
	 * The meta object id for the '{@link org.itot.model.Criticality <em>Criticality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.Criticality
	 * @see org.itot.model.impl.ItotPackageImpl#getCriticality()
	 * @generated
	 */
	int CRITICALITY = 28;

	/**
	 * The meta object id for the '{@link org.itot.model.ConduitMedium <em>Conduit Medium</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.ConduitMedium
	 * @see org.itot.model.impl.ItotPackageImpl#getConduitMedium()
	 * @generated
	 */
	int CONDUIT_MEDIUM = 29;

	/**
	 * The meta object id for the '{@link org.itot.model.FlowOperation <em>Flow Operation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.FlowOperation
	 * @see org.itot.model.impl.ItotPackageImpl#getFlowOperation()
	 * @generated
	 */
	int FLOW_OPERATION = 30;

	/**
	 * The meta object id for the '{@link org.itot.model.ProtocolCategory <em>Protocol Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.ProtocolCategory
	 * @see org.itot.model.impl.ItotPackageImpl#getProtocolCategory()
	 * @generated
	 */
	int PROTOCOL_CATEGORY = 31;

	/**
	 * The meta object id for the '{@link org.itot.model.Transport <em>Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.Transport
	 * @see org.itot.model.impl.ItotPackageImpl#getTransport()
	 * @generated
	 */
	int TRANSPORT = 32;

	/**
	 * The meta object id for the '{@link org.itot.model.RuleAction <em>Rule Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.RuleAction
	 * @see org.itot.model.impl.ItotPackageImpl#getRuleAction()
	 * @generated
	 */
	int RULE_ACTION = 33;

	/**
	 * The meta object id for the '{@link org.itot.model.AttackObjectKind <em>Attack Object Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.AttackObjectKind
	 * @see org.itot.model.impl.ItotPackageImpl#getAttackObjectKind()
	 * @generated
	 */
	int ATTACK_OBJECT_KIND = 34;

	/**
	 * The meta object id for the '{@link org.itot.model.SeverityOverride <em>Severity Override</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itot.model.SeverityOverride
	 * @see org.itot.model.impl.ItotPackageImpl#getSeverityOverride()
	 * @generated
	 */
	int SEVERITY_OVERRIDE = 35;


	/**
	 * Returns the meta object for class '{@link org.itot.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see org.itot.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ModelElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.itot.model.ModelElement#getId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ModelElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itot.model.ModelElement#getName()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.itot.model.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for the '{@link org.itot.model.ModelElement#getModel() <em>Get Model</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Model</em>' operation.
	 * @see org.itot.model.ModelElement#getModel()
	 * @generated
	 */
	EOperation getModelElement__GetModel();

	/**
	 * Returns the meta object for class '{@link org.itot.model.NetworkScope <em>Network Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Scope</em>'.
	 * @see org.itot.model.NetworkScope
	 * @generated
	 */
	EClass getNetworkScope();

	/**
	 * Returns the meta object for class '{@link org.itot.model.ArchitectureModel <em>Architecture Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Architecture Model</em>'.
	 * @see org.itot.model.ArchitectureModel
	 * @generated
	 */
	EClass getArchitectureModel();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.itot.model.ArchitectureModel#getFormatVersion()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#getPerimeter <em>Perimeter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perimeter</em>'.
	 * @see org.itot.model.ArchitectureModel#getPerimeter()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_Perimeter();

	/**
	 * Returns the meta object for the attribute list '{@link org.itot.model.ArchitectureModel#getAccessPoints <em>Access Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Access Points</em>'.
	 * @see org.itot.model.ArchitectureModel#getAccessPoints()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_AccessPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#getOwnerOrganisation <em>Owner Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Organisation</em>'.
	 * @see org.itot.model.ArchitectureModel#getOwnerOrganisation()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_OwnerOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.itot.model.ArchitectureModel#getRevision()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#getAttackVersion <em>Attack Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attack Version</em>'.
	 * @see org.itot.model.ArchitectureModel#getAttackVersion()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_AttackVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ArchitectureModel#isDraft <em>Draft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft</em>'.
	 * @see org.itot.model.ArchitectureModel#isDraft()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EAttribute getArchitectureModel_Draft();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Zones</em>'.
	 * @see org.itot.model.ArchitectureModel#getZones()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Zones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getConduits <em>Conduits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conduits</em>'.
	 * @see org.itot.model.ArchitectureModel#getConduits()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Conduits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.itot.model.ArchitectureModel#getFlows()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Flows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocols</em>'.
	 * @see org.itot.model.ArchitectureModel#getProtocols()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Protocols();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.itot.model.ArchitectureModel#getRoles()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getAttackReferences <em>Attack References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attack References</em>'.
	 * @see org.itot.model.ArchitectureModel#getAttackReferences()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_AttackReferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getWaivers <em>Waivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Waivers</em>'.
	 * @see org.itot.model.ArchitectureModel#getWaivers()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Waivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getRuleSettings <em>Rule Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Settings</em>'.
	 * @see org.itot.model.ArchitectureModel#getRuleSettings()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_RuleSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ArchitectureModel#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.itot.model.ArchitectureModel#getDiagrams()
	 * @see #getArchitectureModel()
	 * @generated
	 */
	EReference getArchitectureModel_Diagrams();

	/**
	 * Returns the meta object for the '{@link org.itot.model.ArchitectureModel#getAllZones() <em>Get All Zones</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get All Zones</em>' operation.
	 * @see org.itot.model.ArchitectureModel#getAllZones()
	 * @generated
	 */
	EOperation getArchitectureModel__GetAllZones();

	/**
	 * Returns the meta object for the '{@link org.itot.model.ArchitectureModel#getAllAssets() <em>Get All Assets</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get All Assets</em>' operation.
	 * @see org.itot.model.ArchitectureModel#getAllAssets()
	 * @generated
	 */
	EOperation getArchitectureModel__GetAllAssets();

	/**
	 * Returns the meta object for class '{@link org.itot.model.SecurityLevelVector <em>Security Level Vector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Security Level Vector</em>'.
	 * @see org.itot.model.SecurityLevelVector
	 * @generated
	 */
	EClass getSecurityLevelVector();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr1 <em>Fr1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr1</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr1()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr1();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr2 <em>Fr2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr2</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr2()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr2();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr3 <em>Fr3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr3</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr3()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr3();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr4 <em>Fr4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr4</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr4()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr4();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr5 <em>Fr5</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr5</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr5()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr5();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr6 <em>Fr6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr6</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr6()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr6();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.SecurityLevelVector#getFr7 <em>Fr7</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fr7</em>'.
	 * @see org.itot.model.SecurityLevelVector#getFr7()
	 * @see #getSecurityLevelVector()
	 * @generated
	 */
	EAttribute getSecurityLevelVector_Fr7();

	/**
	 * Returns the meta object for the '{@link org.itot.model.SecurityLevelVector#fr(int) <em>Fr</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Fr</em>' operation.
	 * @see org.itot.model.SecurityLevelVector#fr(int)
	 * @generated
	 */
	EOperation getSecurityLevelVector__Fr__int();

	/**
	 * Returns the meta object for the '{@link org.itot.model.SecurityLevelVector#isUniform() <em>Is Uniform</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Uniform</em>' operation.
	 * @see org.itot.model.SecurityLevelVector#isUniform()
	 * @generated
	 */
	EOperation getSecurityLevelVector__IsUniform();

	/**
	 * Returns the meta object for the '{@link org.itot.model.SecurityLevelVector#getScalar() <em>Get Scalar</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Scalar</em>' operation.
	 * @see org.itot.model.SecurityLevelVector#getScalar()
	 * @generated
	 */
	EOperation getSecurityLevelVector__GetScalar();

	/**
	 * Returns the meta object for the '{@link org.itot.model.SecurityLevelVector#covers(org.itot.model.SecurityLevelVector) <em>Covers</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Covers</em>' operation.
	 * @see org.itot.model.SecurityLevelVector#covers(org.itot.model.SecurityLevelVector)
	 * @generated
	 */
	EOperation getSecurityLevelVector__Covers__SecurityLevelVector();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Zone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Zone</em>'.
	 * @see org.itot.model.Zone
	 * @generated
	 */
	EClass getZone();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itot.model.Zone#getKind()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getPurdueLevel <em>Purdue Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purdue Level</em>'.
	 * @see org.itot.model.Zone#getPurdueLevel()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_PurdueLevel();

	/**
	 * Returns the meta object for the containment reference '{@link org.itot.model.Zone#getSlTarget <em>Sl Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sl Target</em>'.
	 * @see org.itot.model.Zone#getSlTarget()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_SlTarget();

	/**
	 * Returns the meta object for the containment reference '{@link org.itot.model.Zone#getSlAchieved <em>Sl Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sl Achieved</em>'.
	 * @see org.itot.model.Zone#getSlAchieved()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_SlAchieved();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getSlAssessment <em>Sl Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sl Assessment</em>'.
	 * @see org.itot.model.Zone#getSlAssessment()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_SlAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.itot.model.Zone#getOwner()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getAccountableOrganisation <em>Accountable Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accountable Organisation</em>'.
	 * @see org.itot.model.Zone#getAccountableOrganisation()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_AccountableOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#isSafetyDesignation <em>Safety Designation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety Designation</em>'.
	 * @see org.itot.model.Zone#isSafetyDesignation()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_SafetyDesignation();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#isTrusted <em>Trusted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trusted</em>'.
	 * @see org.itot.model.Zone#isTrusted()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Trusted();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#isClassified <em>Classified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classified</em>'.
	 * @see org.itot.model.Zone#isClassified()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Classified();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getPhysicalBoundary <em>Physical Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Boundary</em>'.
	 * @see org.itot.model.Zone#getPhysicalBoundary()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_PhysicalBoundary();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getLogicalBoundary <em>Logical Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logical Boundary</em>'.
	 * @see org.itot.model.Zone#getLogicalBoundary()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_LogicalBoundary();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Zone#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.itot.model.Zone#getSite()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Site();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Zone#getSubZones <em>Sub Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Zones</em>'.
	 * @see org.itot.model.Zone#getSubZones()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_SubZones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Zone#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see org.itot.model.Zone#getAssets()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_Assets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Zone#getCountermeasures <em>Countermeasures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Countermeasures</em>'.
	 * @see org.itot.model.Zone#getCountermeasures()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_Countermeasures();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getParentZone() <em>Get Parent Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Parent Zone</em>' operation.
	 * @see org.itot.model.Zone#getParentZone()
	 * @generated
	 */
	EOperation getZone__GetParentZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#isEnterpriseSide() <em>Is Enterprise Side</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Enterprise Side</em>' operation.
	 * @see org.itot.model.Zone#isEnterpriseSide()
	 * @generated
	 */
	EOperation getZone__IsEnterpriseSide();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#isIndustrialSide() <em>Is Industrial Side</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Industrial Side</em>' operation.
	 * @see org.itot.model.Zone#isIndustrialSide()
	 * @generated
	 */
	EOperation getZone__IsIndustrialSide();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#isOutsideNetwork() <em>Is Outside Network</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Outside Network</em>' operation.
	 * @see org.itot.model.Zone#isOutsideNetwork()
	 * @generated
	 */
	EOperation getZone__IsOutsideNetwork();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#isExternalLink() <em>Is External Link</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is External Link</em>' operation.
	 * @see org.itot.model.Zone#isExternalLink()
	 * @generated
	 */
	EOperation getZone__IsExternalLink();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getEffectiveSite() <em>Get Effective Site</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Effective Site</em>' operation.
	 * @see org.itot.model.Zone#getEffectiveSite()
	 * @generated
	 */
	EOperation getZone__GetEffectiveSite();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#isIdmz() <em>Is Idmz</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Idmz</em>' operation.
	 * @see org.itot.model.Zone#isIdmz()
	 * @generated
	 */
	EOperation getZone__IsIdmz();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getLevelRank() <em>Get Level Rank</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Level Rank</em>' operation.
	 * @see org.itot.model.Zone#getLevelRank()
	 * @generated
	 */
	EOperation getZone__GetLevelRank();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getSlShortfall() <em>Get Sl Shortfall</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Sl Shortfall</em>' operation.
	 * @see org.itot.model.Zone#getSlShortfall()
	 * @generated
	 */
	EOperation getZone__GetSlShortfall();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getAllAssets() <em>Get All Assets</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get All Assets</em>' operation.
	 * @see org.itot.model.Zone#getAllAssets()
	 * @generated
	 */
	EOperation getZone__GetAllAssets();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getConduits() <em>Get Conduits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Conduits</em>' operation.
	 * @see org.itot.model.Zone#getConduits()
	 * @generated
	 */
	EOperation getZone__GetConduits();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getMinIndependentBarriers() <em>Get Min Independent Barriers</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Min Independent Barriers</em>' operation.
	 * @see org.itot.model.Zone#getMinIndependentBarriers()
	 * @generated
	 */
	EOperation getZone__GetMinIndependentBarriers();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Zone#getMinMonitoredConduits() <em>Get Min Monitored Conduits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Min Monitored Conduits</em>' operation.
	 * @see org.itot.model.Zone#getMinMonitoredConduits()
	 * @generated
	 */
	EOperation getZone__GetMinMonitoredConduits();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Countermeasure <em>Countermeasure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Countermeasure</em>'.
	 * @see org.itot.model.Countermeasure
	 * @generated
	 */
	EClass getCountermeasure();

	/**
	 * Returns the meta object for the containment reference '{@link org.itot.model.Countermeasure#getSlCapability <em>Sl Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sl Capability</em>'.
	 * @see org.itot.model.Countermeasure#getSlCapability()
	 * @see #getCountermeasure()
	 * @generated
	 */
	EReference getCountermeasure_SlCapability();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset</em>'.
	 * @see org.itot.model.Asset
	 * @generated
	 */
	EClass getAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.itot.model.Asset#getType()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.itot.model.Asset#getAdditionalRoles <em>Additional Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Additional Roles</em>'.
	 * @see org.itot.model.Asset#getAdditionalRoles()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_AdditionalRoles();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isSafetySystem <em>Safety System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety System</em>'.
	 * @see org.itot.model.Asset#isSafetySystem()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_SafetySystem();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isDiscovered <em>Discovered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered</em>'.
	 * @see org.itot.model.Asset#isDiscovered()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Discovered();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Asset#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.itot.model.Asset#getInterfaces()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Interfaces();

	/**
	 * Returns the meta object for the containment reference '{@link org.itot.model.Asset#getSlCapability <em>Sl Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sl Capability</em>'.
	 * @see org.itot.model.Asset#getSlCapability()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_SlCapability();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.itot.model.Asset#getOwner()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.itot.model.Asset#getVendor()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getProductModel <em>Product Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Model</em>'.
	 * @see org.itot.model.Asset#getProductModel()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_ProductModel();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see org.itot.model.Asset#getFirmware()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getCriticality <em>Criticality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criticality</em>'.
	 * @see org.itot.model.Asset#getCriticality()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Criticality();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.itot.model.Asset#getLocation()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isInternetExposed <em>Internet Exposed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internet Exposed</em>'.
	 * @see org.itot.model.Asset#isInternetExposed()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_InternetExposed();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isWireless <em>Wireless</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wireless</em>'.
	 * @see org.itot.model.Asset#isWireless()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Wireless();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isRemoteAccessEnabled <em>Remote Access Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Access Enabled</em>'.
	 * @see org.itot.model.Asset#isRemoteAccessEnabled()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_RemoteAccessEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isMfa <em>Mfa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa</em>'.
	 * @see org.itot.model.Asset#isMfa()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Mfa();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isDefaultCredentialsChanged <em>Default Credentials Changed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Credentials Changed</em>'.
	 * @see org.itot.model.Asset#isDefaultCredentialsChanged()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_DefaultCredentialsChanged();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isHardcodedCredentials <em>Hardcoded Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardcoded Credentials</em>'.
	 * @see org.itot.model.Asset#isHardcodedCredentials()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_HardcodedCredentials();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#isInline <em>Inline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inline</em>'.
	 * @see org.itot.model.Asset#isInline()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Inline();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Asset#getRedundancyGroup <em>Redundancy Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Redundancy Group</em>'.
	 * @see org.itot.model.Asset#getRedundancyGroup()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_RedundancyGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Asset#getListeningServices <em>Listening Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listening Services</em>'.
	 * @see org.itot.model.Asset#getListeningServices()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_ListeningServices();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Asset#getPatchSource <em>Patch Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patch Source</em>'.
	 * @see org.itot.model.Asset#getPatchSource()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_PatchSource();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Asset#getAvSource <em>Av Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Av Source</em>'.
	 * @see org.itot.model.Asset#getAvSource()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_AvSource();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Asset#getLogsTo <em>Logs To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Logs To</em>'.
	 * @see org.itot.model.Asset#getLogsTo()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_LogsTo();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Asset#getAttackAsset <em>Attack Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attack Asset</em>'.
	 * @see org.itot.model.Asset#getAttackAsset()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_AttackAsset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Asset#getFirewallRules <em>Firewall Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Firewall Rules</em>'.
	 * @see org.itot.model.Asset#getFirewallRules()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_FirewallRules();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getZone() <em>Get Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Zone</em>' operation.
	 * @see org.itot.model.Asset#getZone()
	 * @generated
	 */
	EOperation getAsset__GetZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getInterfaceZones() <em>Get Interface Zones</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Interface Zones</em>' operation.
	 * @see org.itot.model.Asset#getInterfaceZones()
	 * @generated
	 */
	EOperation getAsset__GetInterfaceZones();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#hasRole(org.itot.model.AssetType) <em>Has Role</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Role</em>' operation.
	 * @see org.itot.model.Asset#hasRole(org.itot.model.AssetType)
	 * @generated
	 */
	EOperation getAsset__HasRole__AssetType();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isRemoteAccessGateway() <em>Is Remote Access Gateway</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Remote Access Gateway</em>' operation.
	 * @see org.itot.model.Asset#isRemoteAccessGateway()
	 * @generated
	 */
	EOperation getAsset__IsRemoteAccessGateway();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isEntryPoint() <em>Is Entry Point</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Entry Point</em>' operation.
	 * @see org.itot.model.Asset#isEntryPoint()
	 * @generated
	 */
	EOperation getAsset__IsEntryPoint();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isExternalOrigin() <em>Is External Origin</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is External Origin</em>' operation.
	 * @see org.itot.model.Asset#isExternalOrigin()
	 * @generated
	 */
	EOperation getAsset__IsExternalOrigin();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#protectsEnd(org.itot.model.Zone) <em>Protects End</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Protects End</em>' operation.
	 * @see org.itot.model.Asset#protectsEnd(org.itot.model.Zone)
	 * @generated
	 */
	EOperation getAsset__ProtectsEnd__Zone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isEnforcementDevice() <em>Is Enforcement Device</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Enforcement Device</em>' operation.
	 * @see org.itot.model.Asset#isEnforcementDevice()
	 * @generated
	 */
	EOperation getAsset__IsEnforcementDevice();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isMonitoringDevice() <em>Is Monitoring Device</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Monitoring Device</em>' operation.
	 * @see org.itot.model.Asset#isMonitoringDevice()
	 * @generated
	 */
	EOperation getAsset__IsMonitoringDevice();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isController() <em>Is Controller</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Controller</em>' operation.
	 * @see org.itot.model.Asset#isController()
	 * @generated
	 */
	EOperation getAsset__IsController();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isBusinessAsset() <em>Is Business Asset</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Business Asset</em>' operation.
	 * @see org.itot.model.Asset#isBusinessAsset()
	 * @generated
	 */
	EOperation getAsset__IsBusinessAsset();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#isIacsAsset() <em>Is Iacs Asset</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Iacs Asset</em>' operation.
	 * @see org.itot.model.Asset#isIacsAsset()
	 * @generated
	 */
	EOperation getAsset__IsIacsAsset();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getEnforcedConduits() <em>Get Enforced Conduits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Enforced Conduits</em>' operation.
	 * @see org.itot.model.Asset#getEnforcedConduits()
	 * @generated
	 */
	EOperation getAsset__GetEnforcedConduits();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getMonitoredConduits() <em>Get Monitored Conduits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Monitored Conduits</em>' operation.
	 * @see org.itot.model.Asset#getMonitoredConduits()
	 * @generated
	 */
	EOperation getAsset__GetMonitoredConduits();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getOutgoingFlows() <em>Get Outgoing Flows</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Outgoing Flows</em>' operation.
	 * @see org.itot.model.Asset#getOutgoingFlows()
	 * @generated
	 */
	EOperation getAsset__GetOutgoingFlows();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getIncomingFlows() <em>Get Incoming Flows</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Incoming Flows</em>' operation.
	 * @see org.itot.model.Asset#getIncomingFlows()
	 * @generated
	 */
	EOperation getAsset__GetIncomingFlows();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#endsWithDenyAll() <em>Ends With Deny All</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Ends With Deny All</em>' operation.
	 * @see org.itot.model.Asset#endsWithDenyAll()
	 * @generated
	 */
	EOperation getAsset__EndsWithDenyAll();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#getUnusedServices() <em>Get Unused Services</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Unused Services</em>' operation.
	 * @see org.itot.model.Asset#getUnusedServices()
	 * @generated
	 */
	EOperation getAsset__GetUnusedServices();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Asset#permits(org.itot.model.Flow) <em>Permits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Permits</em>' operation.
	 * @see org.itot.model.Asset#permits(org.itot.model.Flow)
	 * @generated
	 */
	EOperation getAsset__Permits__Flow();

	/**
	 * Returns the meta object for class '{@link org.itot.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see org.itot.model.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NetworkInterface#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itot.model.NetworkInterface#getName()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Name();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.NetworkInterface#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see org.itot.model.NetworkInterface#getZone()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EReference getNetworkInterface_Zone();

	/**
	 * Returns the meta object for the attribute list '{@link org.itot.model.NetworkInterface#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see org.itot.model.NetworkInterface#getAddresses()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NetworkInterface#getVlan <em>Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan</em>'.
	 * @see org.itot.model.NetworkInterface#getVlan()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Vlan();

	/**
	 * Returns the meta object for class '{@link org.itot.model.PortRange <em>Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port Range</em>'.
	 * @see org.itot.model.PortRange
	 * @generated
	 */
	EClass getPortRange();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.PortRange#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see org.itot.model.PortRange#getTransport()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_Transport();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.PortRange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.itot.model.PortRange#getFrom()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_From();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.PortRange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.itot.model.PortRange#getTo()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_To();

	/**
	 * Returns the meta object for the '{@link org.itot.model.PortRange#contains(org.itot.model.PortRange) <em>Contains</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Contains</em>' operation.
	 * @see org.itot.model.PortRange#contains(org.itot.model.PortRange)
	 * @generated
	 */
	EOperation getPortRange__Contains__PortRange();

	/**
	 * Returns the meta object for the '{@link org.itot.model.PortRange#isSinglePort() <em>Is Single Port</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Single Port</em>' operation.
	 * @see org.itot.model.PortRange#isSinglePort()
	 * @generated
	 */
	EOperation getPortRange__IsSinglePort();

	/**
	 * Returns the meta object for class '{@link org.itot.model.ListeningService <em>Listening Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening Service</em>'.
	 * @see org.itot.model.ListeningService
	 * @generated
	 */
	EClass getListeningService();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.ListeningService#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see org.itot.model.ListeningService#getProtocol()
	 * @see #getListeningService()
	 * @generated
	 */
	EReference getListeningService_Protocol();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.ListeningService#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.itot.model.ListeningService#getPorts()
	 * @see #getListeningService()
	 * @generated
	 */
	EReference getListeningService_Ports();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.ListeningService#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.itot.model.ListeningService#getDescription()
	 * @see #getListeningService()
	 * @generated
	 */
	EAttribute getListeningService_Description();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see org.itot.model.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Protocol#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.itot.model.Protocol#getCategory()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Category();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Protocol#getDefaultPorts <em>Default Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Default Ports</em>'.
	 * @see org.itot.model.Protocol#getDefaultPorts()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_DefaultPorts();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Protocol#isCleartext <em>Cleartext</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cleartext</em>'.
	 * @see org.itot.model.Protocol#isCleartext()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Cleartext();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Protocol#isAuthenticates <em>Authenticates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authenticates</em>'.
	 * @see org.itot.model.Protocol#isAuthenticates()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Authenticates();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Protocol#isIntegrityProtected <em>Integrity Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Integrity Protected</em>'.
	 * @see org.itot.model.Protocol#isIntegrityProtected()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_IntegrityProtected();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Protocol#getSecureVariantOf <em>Secure Variant Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Secure Variant Of</em>'.
	 * @see org.itot.model.Protocol#getSecureVariantOf()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_SecureVariantOf();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Conduit <em>Conduit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conduit</em>'.
	 * @see org.itot.model.Conduit
	 * @generated
	 */
	EClass getConduit();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Conduit#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Zones</em>'.
	 * @see org.itot.model.Conduit#getZones()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_Zones();

	/**
	 * Returns the meta object for the containment reference '{@link org.itot.model.Conduit#getSlTarget <em>Sl Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sl Target</em>'.
	 * @see org.itot.model.Conduit#getSlTarget()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_SlTarget();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Conduit#getEnforcedBy <em>Enforced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Enforced By</em>'.
	 * @see org.itot.model.Conduit#getEnforcedBy()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_EnforcedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Conduit#getMonitoredBy <em>Monitored By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Monitored By</em>'.
	 * @see org.itot.model.Conduit#getMonitoredBy()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_MonitoredBy();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Conduit#getTerminatedBy <em>Terminated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Terminated By</em>'.
	 * @see org.itot.model.Conduit#getTerminatedBy()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_TerminatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#getMedium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medium</em>'.
	 * @see org.itot.model.Conduit#getMedium()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_Medium();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see org.itot.model.Conduit#isEncrypted()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_Encrypted();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#isAuthenticated <em>Authenticated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authenticated</em>'.
	 * @see org.itot.model.Conduit#isAuthenticated()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_Authenticated();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#isUnidirectional <em>Unidirectional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unidirectional</em>'.
	 * @see org.itot.model.Conduit#isUnidirectional()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_Unidirectional();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Conduit#getAllowedSource <em>Allowed Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Allowed Source</em>'.
	 * @see org.itot.model.Conduit#getAllowedSource()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_AllowedSource();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.itot.model.Conduit#getOwner()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Conduit#getAccountableOrganisation <em>Accountable Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accountable Organisation</em>'.
	 * @see org.itot.model.Conduit#getAccountableOrganisation()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_AccountableOrganisation();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#joins(org.itot.model.Zone, org.itot.model.Zone) <em>Joins</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Joins</em>' operation.
	 * @see org.itot.model.Conduit#joins(org.itot.model.Zone, org.itot.model.Zone)
	 * @generated
	 */
	EOperation getConduit__Joins__Zone_Zone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#getOtherZone(org.itot.model.Zone) <em>Get Other Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Other Zone</em>' operation.
	 * @see org.itot.model.Conduit#getOtherZone(org.itot.model.Zone)
	 * @generated
	 */
	EOperation getConduit__GetOtherZone__Zone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#getFlows() <em>Get Flows</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Flows</em>' operation.
	 * @see org.itot.model.Conduit#getFlows()
	 * @generated
	 */
	EOperation getConduit__GetFlows();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#facesOutside() <em>Faces Outside</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Faces Outside</em>' operation.
	 * @see org.itot.model.Conduit#facesOutside()
	 * @generated
	 */
	EOperation getConduit__FacesOutside();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#getEndsWithoutEnforcementPoint() <em>Get Ends Without Enforcement Point</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Ends Without Enforcement Point</em>' operation.
	 * @see org.itot.model.Conduit#getEndsWithoutEnforcementPoint()
	 * @generated
	 */
	EOperation getConduit__GetEndsWithoutEnforcementPoint();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#isUntrustedMedium() <em>Is Untrusted Medium</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Untrusted Medium</em>' operation.
	 * @see org.itot.model.Conduit#isUntrustedMedium()
	 * @generated
	 */
	EOperation getConduit__IsUntrustedMedium();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Conduit#isRoutable() <em>Is Routable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Routable</em>' operation.
	 * @see org.itot.model.Conduit#isRoutable()
	 * @generated
	 */
	EOperation getConduit__IsRoutable();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow</em>'.
	 * @see org.itot.model.Flow
	 * @generated
	 */
	EClass getFlow();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Flow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.itot.model.Flow#getSource()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Source();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Flow#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.itot.model.Flow#getTarget()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Target();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Flow#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see org.itot.model.Flow#getProtocol()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Protocol();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Flow#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.itot.model.Flow#getPorts()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Ports();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.itot.model.Flow#getOperation()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.itot.model.Flow#getPurpose()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#isRemoteAccess <em>Remote Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Access</em>'.
	 * @see org.itot.model.Flow#isRemoteAccess()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_RemoteAccess();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#isMfa <em>Mfa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa</em>'.
	 * @see org.itot.model.Flow#isMfa()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Mfa();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#isApprovalRequired <em>Approval Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Required</em>'.
	 * @see org.itot.model.Flow#isApprovalRequired()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_ApprovalRequired();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Flow#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.itot.model.Flow#getRole()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_Role();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.Flow#getCarriedBy <em>Carried By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Carried By</em>'.
	 * @see org.itot.model.Flow#getCarriedBy()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_CarriedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Flow#isDiscovered <em>Discovered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered</em>'.
	 * @see org.itot.model.Flow#isDiscovered()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Discovered();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#getSourceZone() <em>Get Source Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Source Zone</em>' operation.
	 * @see org.itot.model.Flow#getSourceZone()
	 * @generated
	 */
	EOperation getFlow__GetSourceZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#getTargetZone() <em>Get Target Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Target Zone</em>' operation.
	 * @see org.itot.model.Flow#getTargetZone()
	 * @generated
	 */
	EOperation getFlow__GetTargetZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#isFromOutside() <em>Is From Outside</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is From Outside</em>' operation.
	 * @see org.itot.model.Flow#isFromOutside()
	 * @generated
	 */
	EOperation getFlow__IsFromOutside();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#isCrossZone() <em>Is Cross Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Cross Zone</em>' operation.
	 * @see org.itot.model.Flow#isCrossZone()
	 * @generated
	 */
	EOperation getFlow__IsCrossZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#isControllerWrite() <em>Is Controller Write</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Controller Write</em>' operation.
	 * @see org.itot.model.Flow#isControllerWrite()
	 * @generated
	 */
	EOperation getFlow__IsControllerWrite();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#isFromAuthorisedWriter() <em>Is From Authorised Writer</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is From Authorised Writer</em>' operation.
	 * @see org.itot.model.Flow#isFromAuthorisedWriter()
	 * @generated
	 */
	EOperation getFlow__IsFromAuthorisedWriter();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#getConduits() <em>Get Conduits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Conduits</em>' operation.
	 * @see org.itot.model.Flow#getConduits()
	 * @generated
	 */
	EOperation getFlow__GetConduits();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Flow#getZonePath() <em>Get Zone Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Zone Path</em>' operation.
	 * @see org.itot.model.Flow#getZonePath()
	 * @generated
	 */
	EOperation getFlow__GetZonePath();

	/**
	 * Returns the meta object for class '{@link org.itot.model.FirewallRule <em>Firewall Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Rule</em>'.
	 * @see org.itot.model.FirewallRule
	 * @generated
	 */
	EClass getFirewallRule();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.FirewallRule#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.itot.model.FirewallRule#getOrder()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Order();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.FirewallRule#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.itot.model.FirewallRule#getSource()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Source();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.FirewallRule#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see org.itot.model.FirewallRule#getDestination()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Destination();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.FirewallRule#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see org.itot.model.FirewallRule#getProtocol()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Protocol();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.FirewallRule#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.itot.model.FirewallRule#getPorts()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Ports();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.FirewallRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.itot.model.FirewallRule#getAction()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.FirewallRule#isLogging <em>Logging</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logging</em>'.
	 * @see org.itot.model.FirewallRule#isLogging()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Logging();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.FirewallRule#getJustifiedBy <em>Justified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Justified By</em>'.
	 * @see org.itot.model.FirewallRule#getJustifiedBy()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_JustifiedBy();

	/**
	 * Returns the meta object for the '{@link org.itot.model.FirewallRule#getDevice() <em>Get Device</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Device</em>' operation.
	 * @see org.itot.model.FirewallRule#getDevice()
	 * @generated
	 */
	EOperation getFirewallRule__GetDevice();

	/**
	 * Returns the meta object for the '{@link org.itot.model.FirewallRule#isAnyService() <em>Is Any Service</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Any Service</em>' operation.
	 * @see org.itot.model.FirewallRule#isAnyService()
	 * @generated
	 */
	EOperation getFirewallRule__IsAnyService();

	/**
	 * Returns the meta object for the '{@link org.itot.model.FirewallRule#matches(org.itot.model.Flow) <em>Matches</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Matches</em>' operation.
	 * @see org.itot.model.FirewallRule#matches(org.itot.model.Flow)
	 * @generated
	 */
	EOperation getFirewallRule__Matches__Flow();

	/**
	 * Returns the meta object for the '{@link org.itot.model.FirewallRule#getSourceZone() <em>Get Source Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Source Zone</em>' operation.
	 * @see org.itot.model.FirewallRule#getSourceZone()
	 * @generated
	 */
	EOperation getFirewallRule__GetSourceZone();

	/**
	 * Returns the meta object for the '{@link org.itot.model.FirewallRule#getDestinationZone() <em>Get Destination Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Destination Zone</em>' operation.
	 * @see org.itot.model.FirewallRule#getDestinationZone()
	 * @generated
	 */
	EOperation getFirewallRule__GetDestinationZone();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.itot.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Role#isPrivileged <em>Privileged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privileged</em>'.
	 * @see org.itot.model.Role#isPrivileged()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Privileged();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Role#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.itot.model.Role#isShared()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Shared();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Role#isMfaRequired <em>Mfa Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa Required</em>'.
	 * @see org.itot.model.Role#isMfaRequired()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_MfaRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Role#isEmergency <em>Emergency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency</em>'.
	 * @see org.itot.model.Role#isEmergency()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Emergency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Permissions</em>'.
	 * @see org.itot.model.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Permissions();

	/**
	 * Returns the meta object for the '{@link org.itot.model.Role#getFlows() <em>Get Flows</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Flows</em>' operation.
	 * @see org.itot.model.Role#getFlows()
	 * @generated
	 */
	EOperation getRole__GetFlows();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permission</em>'.
	 * @see org.itot.model.Permission
	 * @generated
	 */
	EClass getPermission();

	/**
	 * Returns the meta object for the attribute list '{@link org.itot.model.Permission#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operations</em>'.
	 * @see org.itot.model.Permission#getOperations()
	 * @see #getPermission()
	 * @generated
	 */
	EAttribute getPermission_Operations();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.Permission#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scope</em>'.
	 * @see org.itot.model.Permission#getScope()
	 * @see #getPermission()
	 * @generated
	 */
	EReference getPermission_Scope();

	/**
	 * Returns the meta object for class '{@link org.itot.model.AttackReference <em>Attack Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attack Reference</em>'.
	 * @see org.itot.model.AttackReference
	 * @generated
	 */
	EClass getAttackReference();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itot.model.AttackReference#getKind()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getStixId <em>Stix Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stix Id</em>'.
	 * @see org.itot.model.AttackReference#getStixId()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_StixId();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.itot.model.AttackReference#getExternalId()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_ExternalId();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itot.model.AttackReference#getName()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getAttackVersion <em>Attack Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attack Version</em>'.
	 * @see org.itot.model.AttackReference#getAttackVersion()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_AttackVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getRevokedBy <em>Revoked By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revoked By</em>'.
	 * @see org.itot.model.AttackReference#getRevokedBy()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_RevokedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#isDeprecated <em>Deprecated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecated</em>'.
	 * @see org.itot.model.AttackReference#isDeprecated()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_Deprecated();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.AttackReference#getTactics <em>Tactics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tactics</em>'.
	 * @see org.itot.model.AttackReference#getTactics()
	 * @see #getAttackReference()
	 * @generated
	 */
	EReference getAttackReference_Tactics();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.AttackReference#getMitigatedBy <em>Mitigated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mitigated By</em>'.
	 * @see org.itot.model.AttackReference#getMitigatedBy()
	 * @see #getAttackReference()
	 * @generated
	 */
	EReference getAttackReference_MitigatedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.itot.model.AttackReference#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.itot.model.AttackReference#getTargets()
	 * @see #getAttackReference()
	 * @generated
	 */
	EReference getAttackReference_Targets();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.AttackReference#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.itot.model.AttackReference#getShortName()
	 * @see #getAttackReference()
	 * @generated
	 */
	EAttribute getAttackReference_ShortName();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Waiver <em>Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Waiver</em>'.
	 * @see org.itot.model.Waiver
	 * @generated
	 */
	EClass getWaiver();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getFindingId <em>Finding Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finding Id</em>'.
	 * @see org.itot.model.Waiver#getFindingId()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_FindingId();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.itot.model.Waiver#getRuleId()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.itot.model.Waiver#getRationale()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.itot.model.Waiver#getAuthor()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getAcceptedOn <em>Accepted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accepted On</em>'.
	 * @see org.itot.model.Waiver#getAcceptedOn()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_AcceptedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.itot.model.Waiver#getExpiresOn()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Waiver#getElementDigest <em>Element Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Digest</em>'.
	 * @see org.itot.model.Waiver#getElementDigest()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_ElementDigest();

	/**
	 * Returns the meta object for class '{@link org.itot.model.RuleSetting <em>Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Setting</em>'.
	 * @see org.itot.model.RuleSetting
	 * @generated
	 */
	EClass getRuleSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.RuleSetting#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.itot.model.RuleSetting#getRuleId()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.RuleSetting#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.itot.model.RuleSetting#isEnabled()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.RuleSetting#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.itot.model.RuleSetting#getSeverity()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_Severity();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.itot.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.itot.model.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.itot.model.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link org.itot.model.NodeView <em>Node View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node View</em>'.
	 * @see org.itot.model.NodeView
	 * @generated
	 */
	EClass getNodeView();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.NodeView#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.itot.model.NodeView#getElement()
	 * @see #getNodeView()
	 * @generated
	 */
	EReference getNodeView_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NodeView#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.itot.model.NodeView#getX()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_X();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NodeView#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.itot.model.NodeView#getY()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NodeView#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.itot.model.NodeView#getWidth()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NodeView#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.itot.model.NodeView#getHeight()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NodeView#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see org.itot.model.NodeView#isCollapsed()
	 * @see #getNodeView()
	 * @generated
	 */
	EAttribute getNodeView_Collapsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.NodeView#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.itot.model.NodeView#getChildren()
	 * @see #getNodeView()
	 * @generated
	 */
	EReference getNodeView_Children();

	/**
	 * Returns the meta object for class '{@link org.itot.model.NoteView <em>Note View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note View</em>'.
	 * @see org.itot.model.NoteView
	 * @generated
	 */
	EClass getNoteView();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.NoteView#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.itot.model.NoteView#getText()
	 * @see #getNoteView()
	 * @generated
	 */
	EAttribute getNoteView_Text();

	/**
	 * Returns the meta object for class '{@link org.itot.model.EdgeView <em>Edge View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge View</em>'.
	 * @see org.itot.model.EdgeView
	 * @generated
	 */
	EClass getEdgeView();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.EdgeView#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.itot.model.EdgeView#getElement()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Element();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.EdgeView#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.itot.model.EdgeView#getSource()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Source();

	/**
	 * Returns the meta object for the reference '{@link org.itot.model.EdgeView#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.itot.model.EdgeView#getTarget()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itot.model.EdgeView#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see org.itot.model.EdgeView#getBendpoints()
	 * @see #getEdgeView()
	 * @generated
	 */
	EReference getEdgeView_Bendpoints();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.EdgeView#getLabelOffsetX <em>Label Offset X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Offset X</em>'.
	 * @see org.itot.model.EdgeView#getLabelOffsetX()
	 * @see #getEdgeView()
	 * @generated
	 */
	EAttribute getEdgeView_LabelOffsetX();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.EdgeView#getLabelOffsetY <em>Label Offset Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Offset Y</em>'.
	 * @see org.itot.model.EdgeView#getLabelOffsetY()
	 * @see #getEdgeView()
	 * @generated
	 */
	EAttribute getEdgeView_LabelOffsetY();

	/**
	 * Returns the meta object for class '{@link org.itot.model.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bendpoint</em>'.
	 * @see org.itot.model.Bendpoint
	 * @generated
	 */
	EClass getBendpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Bendpoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.itot.model.Bendpoint#getX()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.itot.model.Bendpoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.itot.model.Bendpoint#getY()
	 * @see #getBendpoint()
	 * @generated
	 */
	EAttribute getBendpoint_Y();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.PurdueLevel <em>Purdue Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purdue Level</em>'.
	 * @see org.itot.model.PurdueLevel
	 * @generated
	 */
	EEnum getPurdueLevel();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.ZoneKind <em>Zone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zone Kind</em>'.
	 * @see org.itot.model.ZoneKind
	 * @generated
	 */
	EEnum getZoneKind();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.Ownership <em>Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ownership</em>'.
	 * @see org.itot.model.Ownership
	 * @generated
	 */
	EEnum getOwnership();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.AssetType <em>Asset Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Type</em>'.
	 * @see org.itot.model.AssetType
	 * @generated
	 */
	EEnum getAssetType();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.Criticality <em>Criticality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criticality</em>'.
	 * @see org.itot.model.Criticality
	 * @generated
	 */
	EEnum getCriticality();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.ConduitMedium <em>Conduit Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conduit Medium</em>'.
	 * @see org.itot.model.ConduitMedium
	 * @generated
	 */
	EEnum getConduitMedium();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.FlowOperation <em>Flow Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Flow Operation</em>'.
	 * @see org.itot.model.FlowOperation
	 * @generated
	 */
	EEnum getFlowOperation();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.ProtocolCategory <em>Protocol Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol Category</em>'.
	 * @see org.itot.model.ProtocolCategory
	 * @generated
	 */
	EEnum getProtocolCategory();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.Transport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport</em>'.
	 * @see org.itot.model.Transport
	 * @generated
	 */
	EEnum getTransport();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.RuleAction <em>Rule Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Action</em>'.
	 * @see org.itot.model.RuleAction
	 * @generated
	 */
	EEnum getRuleAction();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.AttackObjectKind <em>Attack Object Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attack Object Kind</em>'.
	 * @see org.itot.model.AttackObjectKind
	 * @generated
	 */
	EEnum getAttackObjectKind();

	/**
	 * Returns the meta object for enum '{@link org.itot.model.SeverityOverride <em>Severity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity Override</em>'.
	 * @see org.itot.model.SeverityOverride
	 * @generated
	 */
	EEnum getSeverityOverride();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ItotFactory getItotFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ModelElementImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__ID = eINSTANCE.getModelElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__NAME = eINSTANCE.getModelElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '<em><b>Get Model</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_ELEMENT___GET_MODEL = eINSTANCE.getModelElement__GetModel();

		/**
		 * The meta object literal for the '{@link org.itot.model.NetworkScope <em>Network Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.NetworkScope
		 * @see org.itot.model.impl.ItotPackageImpl#getNetworkScope()
		 * @generated
		 */
		EClass NETWORK_SCOPE = eINSTANCE.getNetworkScope();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ArchitectureModelImpl <em>Architecture Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ArchitectureModelImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getArchitectureModel()
		 * @generated
		 */
		EClass ARCHITECTURE_MODEL = eINSTANCE.getArchitectureModel();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__FORMAT_VERSION = eINSTANCE.getArchitectureModel_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Perimeter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__PERIMETER = eINSTANCE.getArchitectureModel_Perimeter();

		/**
		 * The meta object literal for the '<em><b>Access Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__ACCESS_POINTS = eINSTANCE.getArchitectureModel_AccessPoints();

		/**
		 * The meta object literal for the '<em><b>Owner Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__OWNER_ORGANISATION = eINSTANCE.getArchitectureModel_OwnerOrganisation();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__REVISION = eINSTANCE.getArchitectureModel_Revision();

		/**
		 * The meta object literal for the '<em><b>Attack Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__ATTACK_VERSION = eINSTANCE.getArchitectureModel_AttackVersion();

		/**
		 * The meta object literal for the '<em><b>Draft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE_MODEL__DRAFT = eINSTANCE.getArchitectureModel_Draft();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__ZONES = eINSTANCE.getArchitectureModel_Zones();

		/**
		 * The meta object literal for the '<em><b>Conduits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__CONDUITS = eINSTANCE.getArchitectureModel_Conduits();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__FLOWS = eINSTANCE.getArchitectureModel_Flows();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__PROTOCOLS = eINSTANCE.getArchitectureModel_Protocols();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__ROLES = eINSTANCE.getArchitectureModel_Roles();

		/**
		 * The meta object literal for the '<em><b>Attack References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__ATTACK_REFERENCES = eINSTANCE.getArchitectureModel_AttackReferences();

		/**
		 * The meta object literal for the '<em><b>Waivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__WAIVERS = eINSTANCE.getArchitectureModel_Waivers();

		/**
		 * The meta object literal for the '<em><b>Rule Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__RULE_SETTINGS = eINSTANCE.getArchitectureModel_RuleSettings();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE_MODEL__DIAGRAMS = eINSTANCE.getArchitectureModel_Diagrams();

		/**
		 * The meta object literal for the '<em><b>Get All Zones</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ARCHITECTURE_MODEL___GET_ALL_ZONES = eINSTANCE.getArchitectureModel__GetAllZones();

		/**
		 * The meta object literal for the '<em><b>Get All Assets</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ARCHITECTURE_MODEL___GET_ALL_ASSETS = eINSTANCE.getArchitectureModel__GetAllAssets();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.SecurityLevelVectorImpl <em>Security Level Vector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.SecurityLevelVectorImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getSecurityLevelVector()
		 * @generated
		 */
		EClass SECURITY_LEVEL_VECTOR = eINSTANCE.getSecurityLevelVector();

		/**
		 * The meta object literal for the '<em><b>Fr1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR1 = eINSTANCE.getSecurityLevelVector_Fr1();

		/**
		 * The meta object literal for the '<em><b>Fr2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR2 = eINSTANCE.getSecurityLevelVector_Fr2();

		/**
		 * The meta object literal for the '<em><b>Fr3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR3 = eINSTANCE.getSecurityLevelVector_Fr3();

		/**
		 * The meta object literal for the '<em><b>Fr4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR4 = eINSTANCE.getSecurityLevelVector_Fr4();

		/**
		 * The meta object literal for the '<em><b>Fr5</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR5 = eINSTANCE.getSecurityLevelVector_Fr5();

		/**
		 * The meta object literal for the '<em><b>Fr6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR6 = eINSTANCE.getSecurityLevelVector_Fr6();

		/**
		 * The meta object literal for the '<em><b>Fr7</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_LEVEL_VECTOR__FR7 = eINSTANCE.getSecurityLevelVector_Fr7();

		/**
		 * The meta object literal for the '<em><b>Fr</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SECURITY_LEVEL_VECTOR___FR__INT = eINSTANCE.getSecurityLevelVector__Fr__int();

		/**
		 * The meta object literal for the '<em><b>Is Uniform</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SECURITY_LEVEL_VECTOR___IS_UNIFORM = eINSTANCE.getSecurityLevelVector__IsUniform();

		/**
		 * The meta object literal for the '<em><b>Get Scalar</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SECURITY_LEVEL_VECTOR___GET_SCALAR = eINSTANCE.getSecurityLevelVector__GetScalar();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SECURITY_LEVEL_VECTOR___COVERS__SECURITYLEVELVECTOR = eINSTANCE.getSecurityLevelVector__Covers__SecurityLevelVector();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ZoneImpl <em>Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ZoneImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getZone()
		 * @generated
		 */
		EClass ZONE = eINSTANCE.getZone();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__KIND = eINSTANCE.getZone_Kind();

		/**
		 * The meta object literal for the '<em><b>Purdue Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__PURDUE_LEVEL = eINSTANCE.getZone_PurdueLevel();

		/**
		 * The meta object literal for the '<em><b>Sl Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__SL_TARGET = eINSTANCE.getZone_SlTarget();

		/**
		 * The meta object literal for the '<em><b>Sl Achieved</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__SL_ACHIEVED = eINSTANCE.getZone_SlAchieved();

		/**
		 * The meta object literal for the '<em><b>Sl Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SL_ASSESSMENT = eINSTANCE.getZone_SlAssessment();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__OWNER = eINSTANCE.getZone_Owner();

		/**
		 * The meta object literal for the '<em><b>Accountable Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__ACCOUNTABLE_ORGANISATION = eINSTANCE.getZone_AccountableOrganisation();

		/**
		 * The meta object literal for the '<em><b>Safety Designation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SAFETY_DESIGNATION = eINSTANCE.getZone_SafetyDesignation();

		/**
		 * The meta object literal for the '<em><b>Trusted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__TRUSTED = eINSTANCE.getZone_Trusted();

		/**
		 * The meta object literal for the '<em><b>Classified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__CLASSIFIED = eINSTANCE.getZone_Classified();

		/**
		 * The meta object literal for the '<em><b>Physical Boundary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__PHYSICAL_BOUNDARY = eINSTANCE.getZone_PhysicalBoundary();

		/**
		 * The meta object literal for the '<em><b>Logical Boundary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__LOGICAL_BOUNDARY = eINSTANCE.getZone_LogicalBoundary();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SITE = eINSTANCE.getZone_Site();

		/**
		 * The meta object literal for the '<em><b>Sub Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__SUB_ZONES = eINSTANCE.getZone_SubZones();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__ASSETS = eINSTANCE.getZone_Assets();

		/**
		 * The meta object literal for the '<em><b>Countermeasures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__COUNTERMEASURES = eINSTANCE.getZone_Countermeasures();

		/**
		 * The meta object literal for the '<em><b>Get Parent Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_PARENT_ZONE = eINSTANCE.getZone__GetParentZone();

		/**
		 * The meta object literal for the '<em><b>Is Enterprise Side</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___IS_ENTERPRISE_SIDE = eINSTANCE.getZone__IsEnterpriseSide();

		/**
		 * The meta object literal for the '<em><b>Is Industrial Side</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___IS_INDUSTRIAL_SIDE = eINSTANCE.getZone__IsIndustrialSide();

		/**
		 * The meta object literal for the '<em><b>Is Outside Network</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___IS_OUTSIDE_NETWORK = eINSTANCE.getZone__IsOutsideNetwork();

		/**
		 * The meta object literal for the '<em><b>Is External Link</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___IS_EXTERNAL_LINK = eINSTANCE.getZone__IsExternalLink();

		/**
		 * The meta object literal for the '<em><b>Get Effective Site</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_EFFECTIVE_SITE = eINSTANCE.getZone__GetEffectiveSite();

		/**
		 * The meta object literal for the '<em><b>Is Idmz</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___IS_IDMZ = eINSTANCE.getZone__IsIdmz();

		/**
		 * The meta object literal for the '<em><b>Get Level Rank</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_LEVEL_RANK = eINSTANCE.getZone__GetLevelRank();

		/**
		 * The meta object literal for the '<em><b>Get Sl Shortfall</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_SL_SHORTFALL = eINSTANCE.getZone__GetSlShortfall();

		/**
		 * The meta object literal for the '<em><b>Get All Assets</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_ALL_ASSETS = eINSTANCE.getZone__GetAllAssets();

		/**
		 * The meta object literal for the '<em><b>Get Conduits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_CONDUITS = eINSTANCE.getZone__GetConduits();

		/**
		 * The meta object literal for the '<em><b>Get Min Independent Barriers</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_MIN_INDEPENDENT_BARRIERS = eINSTANCE.getZone__GetMinIndependentBarriers();

		/**
		 * The meta object literal for the '<em><b>Get Min Monitored Conduits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ZONE___GET_MIN_MONITORED_CONDUITS = eINSTANCE.getZone__GetMinMonitoredConduits();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.CountermeasureImpl <em>Countermeasure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.CountermeasureImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getCountermeasure()
		 * @generated
		 */
		EClass COUNTERMEASURE = eINSTANCE.getCountermeasure();

		/**
		 * The meta object literal for the '<em><b>Sl Capability</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTERMEASURE__SL_CAPABILITY = eINSTANCE.getCountermeasure_SlCapability();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.AssetImpl <em>Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.AssetImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getAsset()
		 * @generated
		 */
		EClass ASSET = eINSTANCE.getAsset();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__TYPE = eINSTANCE.getAsset_Type();

		/**
		 * The meta object literal for the '<em><b>Additional Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__ADDITIONAL_ROLES = eINSTANCE.getAsset_AdditionalRoles();

		/**
		 * The meta object literal for the '<em><b>Safety System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SAFETY_SYSTEM = eINSTANCE.getAsset_SafetySystem();

		/**
		 * The meta object literal for the '<em><b>Discovered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__DISCOVERED = eINSTANCE.getAsset_Discovered();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__INTERFACES = eINSTANCE.getAsset_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Sl Capability</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__SL_CAPABILITY = eINSTANCE.getAsset_SlCapability();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__OWNER = eINSTANCE.getAsset_Owner();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__VENDOR = eINSTANCE.getAsset_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__PRODUCT_MODEL = eINSTANCE.getAsset_ProductModel();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__FIRMWARE = eINSTANCE.getAsset_Firmware();

		/**
		 * The meta object literal for the '<em><b>Criticality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__CRITICALITY = eINSTANCE.getAsset_Criticality();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__LOCATION = eINSTANCE.getAsset_Location();

		/**
		 * The meta object literal for the '<em><b>Internet Exposed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__INTERNET_EXPOSED = eINSTANCE.getAsset_InternetExposed();

		/**
		 * The meta object literal for the '<em><b>Wireless</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__WIRELESS = eINSTANCE.getAsset_Wireless();

		/**
		 * The meta object literal for the '<em><b>Remote Access Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__REMOTE_ACCESS_ENABLED = eINSTANCE.getAsset_RemoteAccessEnabled();

		/**
		 * The meta object literal for the '<em><b>Mfa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__MFA = eINSTANCE.getAsset_Mfa();

		/**
		 * The meta object literal for the '<em><b>Default Credentials Changed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__DEFAULT_CREDENTIALS_CHANGED = eINSTANCE.getAsset_DefaultCredentialsChanged();

		/**
		 * The meta object literal for the '<em><b>Hardcoded Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__HARDCODED_CREDENTIALS = eINSTANCE.getAsset_HardcodedCredentials();

		/**
		 * The meta object literal for the '<em><b>Inline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__INLINE = eINSTANCE.getAsset_Inline();

		/**
		 * The meta object literal for the '<em><b>Redundancy Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__REDUNDANCY_GROUP = eINSTANCE.getAsset_RedundancyGroup();

		/**
		 * The meta object literal for the '<em><b>Listening Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__LISTENING_SERVICES = eINSTANCE.getAsset_ListeningServices();

		/**
		 * The meta object literal for the '<em><b>Patch Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__PATCH_SOURCE = eINSTANCE.getAsset_PatchSource();

		/**
		 * The meta object literal for the '<em><b>Av Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__AV_SOURCE = eINSTANCE.getAsset_AvSource();

		/**
		 * The meta object literal for the '<em><b>Logs To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__LOGS_TO = eINSTANCE.getAsset_LogsTo();

		/**
		 * The meta object literal for the '<em><b>Attack Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__ATTACK_ASSET = eINSTANCE.getAsset_AttackAsset();

		/**
		 * The meta object literal for the '<em><b>Firewall Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__FIREWALL_RULES = eINSTANCE.getAsset_FirewallRules();

		/**
		 * The meta object literal for the '<em><b>Get Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_ZONE = eINSTANCE.getAsset__GetZone();

		/**
		 * The meta object literal for the '<em><b>Get Interface Zones</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_INTERFACE_ZONES = eINSTANCE.getAsset__GetInterfaceZones();

		/**
		 * The meta object literal for the '<em><b>Has Role</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___HAS_ROLE__ASSETTYPE = eINSTANCE.getAsset__HasRole__AssetType();

		/**
		 * The meta object literal for the '<em><b>Is Remote Access Gateway</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_REMOTE_ACCESS_GATEWAY = eINSTANCE.getAsset__IsRemoteAccessGateway();

		/**
		 * The meta object literal for the '<em><b>Is Entry Point</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_ENTRY_POINT = eINSTANCE.getAsset__IsEntryPoint();

		/**
		 * The meta object literal for the '<em><b>Is External Origin</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_EXTERNAL_ORIGIN = eINSTANCE.getAsset__IsExternalOrigin();

		/**
		 * The meta object literal for the '<em><b>Protects End</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___PROTECTS_END__ZONE = eINSTANCE.getAsset__ProtectsEnd__Zone();

		/**
		 * The meta object literal for the '<em><b>Is Enforcement Device</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_ENFORCEMENT_DEVICE = eINSTANCE.getAsset__IsEnforcementDevice();

		/**
		 * The meta object literal for the '<em><b>Is Monitoring Device</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_MONITORING_DEVICE = eINSTANCE.getAsset__IsMonitoringDevice();

		/**
		 * The meta object literal for the '<em><b>Is Controller</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_CONTROLLER = eINSTANCE.getAsset__IsController();

		/**
		 * The meta object literal for the '<em><b>Is Business Asset</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_BUSINESS_ASSET = eINSTANCE.getAsset__IsBusinessAsset();

		/**
		 * The meta object literal for the '<em><b>Is Iacs Asset</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___IS_IACS_ASSET = eINSTANCE.getAsset__IsIacsAsset();

		/**
		 * The meta object literal for the '<em><b>Get Enforced Conduits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_ENFORCED_CONDUITS = eINSTANCE.getAsset__GetEnforcedConduits();

		/**
		 * The meta object literal for the '<em><b>Get Monitored Conduits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_MONITORED_CONDUITS = eINSTANCE.getAsset__GetMonitoredConduits();

		/**
		 * The meta object literal for the '<em><b>Get Outgoing Flows</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_OUTGOING_FLOWS = eINSTANCE.getAsset__GetOutgoingFlows();

		/**
		 * The meta object literal for the '<em><b>Get Incoming Flows</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_INCOMING_FLOWS = eINSTANCE.getAsset__GetIncomingFlows();

		/**
		 * The meta object literal for the '<em><b>Ends With Deny All</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___ENDS_WITH_DENY_ALL = eINSTANCE.getAsset__EndsWithDenyAll();

		/**
		 * The meta object literal for the '<em><b>Get Unused Services</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___GET_UNUSED_SERVICES = eINSTANCE.getAsset__GetUnusedServices();

		/**
		 * The meta object literal for the '<em><b>Permits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___PERMITS__FLOW = eINSTANCE.getAsset__Permits__Flow();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.NetworkInterfaceImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__NAME = eINSTANCE.getNetworkInterface_Name();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INTERFACE__ZONE = eINSTANCE.getNetworkInterface_Zone();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__ADDRESSES = eINSTANCE.getNetworkInterface_Addresses();

		/**
		 * The meta object literal for the '<em><b>Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__VLAN = eINSTANCE.getNetworkInterface_Vlan();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.PortRangeImpl <em>Port Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.PortRangeImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getPortRange()
		 * @generated
		 */
		EClass PORT_RANGE = eINSTANCE.getPortRange();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__TRANSPORT = eINSTANCE.getPortRange_Transport();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__FROM = eINSTANCE.getPortRange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__TO = eINSTANCE.getPortRange_To();

		/**
		 * The meta object literal for the '<em><b>Contains</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PORT_RANGE___CONTAINS__PORTRANGE = eINSTANCE.getPortRange__Contains__PortRange();

		/**
		 * The meta object literal for the '<em><b>Is Single Port</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PORT_RANGE___IS_SINGLE_PORT = eINSTANCE.getPortRange__IsSinglePort();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ListeningServiceImpl <em>Listening Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ListeningServiceImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getListeningService()
		 * @generated
		 */
		EClass LISTENING_SERVICE = eINSTANCE.getListeningService();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING_SERVICE__PROTOCOL = eINSTANCE.getListeningService_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTENING_SERVICE__PORTS = eINSTANCE.getListeningService_Ports();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING_SERVICE__DESCRIPTION = eINSTANCE.getListeningService_Description();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ProtocolImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__CATEGORY = eINSTANCE.getProtocol_Category();

		/**
		 * The meta object literal for the '<em><b>Default Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__DEFAULT_PORTS = eINSTANCE.getProtocol_DefaultPorts();

		/**
		 * The meta object literal for the '<em><b>Cleartext</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__CLEARTEXT = eINSTANCE.getProtocol_Cleartext();

		/**
		 * The meta object literal for the '<em><b>Authenticates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__AUTHENTICATES = eINSTANCE.getProtocol_Authenticates();

		/**
		 * The meta object literal for the '<em><b>Integrity Protected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__INTEGRITY_PROTECTED = eINSTANCE.getProtocol_IntegrityProtected();

		/**
		 * The meta object literal for the '<em><b>Secure Variant Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__SECURE_VARIANT_OF = eINSTANCE.getProtocol_SecureVariantOf();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.ConduitImpl <em>Conduit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.ConduitImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getConduit()
		 * @generated
		 */
		EClass CONDUIT = eINSTANCE.getConduit();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__ZONES = eINSTANCE.getConduit_Zones();

		/**
		 * The meta object literal for the '<em><b>Sl Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__SL_TARGET = eINSTANCE.getConduit_SlTarget();

		/**
		 * The meta object literal for the '<em><b>Enforced By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__ENFORCED_BY = eINSTANCE.getConduit_EnforcedBy();

		/**
		 * The meta object literal for the '<em><b>Monitored By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__MONITORED_BY = eINSTANCE.getConduit_MonitoredBy();

		/**
		 * The meta object literal for the '<em><b>Terminated By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__TERMINATED_BY = eINSTANCE.getConduit_TerminatedBy();

		/**
		 * The meta object literal for the '<em><b>Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__MEDIUM = eINSTANCE.getConduit_Medium();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__ENCRYPTED = eINSTANCE.getConduit_Encrypted();

		/**
		 * The meta object literal for the '<em><b>Authenticated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__AUTHENTICATED = eINSTANCE.getConduit_Authenticated();

		/**
		 * The meta object literal for the '<em><b>Unidirectional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__UNIDIRECTIONAL = eINSTANCE.getConduit_Unidirectional();

		/**
		 * The meta object literal for the '<em><b>Allowed Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__ALLOWED_SOURCE = eINSTANCE.getConduit_AllowedSource();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__OWNER = eINSTANCE.getConduit_Owner();

		/**
		 * The meta object literal for the '<em><b>Accountable Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__ACCOUNTABLE_ORGANISATION = eINSTANCE.getConduit_AccountableOrganisation();

		/**
		 * The meta object literal for the '<em><b>Joins</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___JOINS__ZONE_ZONE = eINSTANCE.getConduit__Joins__Zone_Zone();

		/**
		 * The meta object literal for the '<em><b>Get Other Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___GET_OTHER_ZONE__ZONE = eINSTANCE.getConduit__GetOtherZone__Zone();

		/**
		 * The meta object literal for the '<em><b>Get Flows</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___GET_FLOWS = eINSTANCE.getConduit__GetFlows();

		/**
		 * The meta object literal for the '<em><b>Faces Outside</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___FACES_OUTSIDE = eINSTANCE.getConduit__FacesOutside();

		/**
		 * The meta object literal for the '<em><b>Get Ends Without Enforcement Point</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___GET_ENDS_WITHOUT_ENFORCEMENT_POINT = eINSTANCE.getConduit__GetEndsWithoutEnforcementPoint();

		/**
		 * The meta object literal for the '<em><b>Is Untrusted Medium</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___IS_UNTRUSTED_MEDIUM = eINSTANCE.getConduit__IsUntrustedMedium();

		/**
		 * The meta object literal for the '<em><b>Is Routable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONDUIT___IS_ROUTABLE = eINSTANCE.getConduit__IsRoutable();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.FlowImpl <em>Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.FlowImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getFlow()
		 * @generated
		 */
		EClass FLOW = eINSTANCE.getFlow();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__SOURCE = eINSTANCE.getFlow_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__TARGET = eINSTANCE.getFlow_Target();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__PROTOCOL = eINSTANCE.getFlow_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__PORTS = eINSTANCE.getFlow_Ports();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__OPERATION = eINSTANCE.getFlow_Operation();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__PURPOSE = eINSTANCE.getFlow_Purpose();

		/**
		 * The meta object literal for the '<em><b>Remote Access</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__REMOTE_ACCESS = eINSTANCE.getFlow_RemoteAccess();

		/**
		 * The meta object literal for the '<em><b>Mfa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__MFA = eINSTANCE.getFlow_Mfa();

		/**
		 * The meta object literal for the '<em><b>Approval Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__APPROVAL_REQUIRED = eINSTANCE.getFlow_ApprovalRequired();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__ROLE = eINSTANCE.getFlow_Role();

		/**
		 * The meta object literal for the '<em><b>Carried By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__CARRIED_BY = eINSTANCE.getFlow_CarriedBy();

		/**
		 * The meta object literal for the '<em><b>Discovered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__DISCOVERED = eINSTANCE.getFlow_Discovered();

		/**
		 * The meta object literal for the '<em><b>Get Source Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___GET_SOURCE_ZONE = eINSTANCE.getFlow__GetSourceZone();

		/**
		 * The meta object literal for the '<em><b>Get Target Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___GET_TARGET_ZONE = eINSTANCE.getFlow__GetTargetZone();

		/**
		 * The meta object literal for the '<em><b>Is From Outside</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___IS_FROM_OUTSIDE = eINSTANCE.getFlow__IsFromOutside();

		/**
		 * The meta object literal for the '<em><b>Is Cross Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___IS_CROSS_ZONE = eINSTANCE.getFlow__IsCrossZone();

		/**
		 * The meta object literal for the '<em><b>Is Controller Write</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___IS_CONTROLLER_WRITE = eINSTANCE.getFlow__IsControllerWrite();

		/**
		 * The meta object literal for the '<em><b>Is From Authorised Writer</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___IS_FROM_AUTHORISED_WRITER = eINSTANCE.getFlow__IsFromAuthorisedWriter();

		/**
		 * The meta object literal for the '<em><b>Get Conduits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___GET_CONDUITS = eINSTANCE.getFlow__GetConduits();

		/**
		 * The meta object literal for the '<em><b>Get Zone Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FLOW___GET_ZONE_PATH = eINSTANCE.getFlow__GetZonePath();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.FirewallRuleImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getFirewallRule()
		 * @generated
		 */
		EClass FIREWALL_RULE = eINSTANCE.getFirewallRule();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__ORDER = eINSTANCE.getFirewallRule_Order();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__SOURCE = eINSTANCE.getFirewallRule_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__DESTINATION = eINSTANCE.getFirewallRule_Destination();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__PROTOCOL = eINSTANCE.getFirewallRule_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__PORTS = eINSTANCE.getFirewallRule_Ports();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__ACTION = eINSTANCE.getFirewallRule_Action();

		/**
		 * The meta object literal for the '<em><b>Logging</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__LOGGING = eINSTANCE.getFirewallRule_Logging();

		/**
		 * The meta object literal for the '<em><b>Justified By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__JUSTIFIED_BY = eINSTANCE.getFirewallRule_JustifiedBy();

		/**
		 * The meta object literal for the '<em><b>Get Device</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FIREWALL_RULE___GET_DEVICE = eINSTANCE.getFirewallRule__GetDevice();

		/**
		 * The meta object literal for the '<em><b>Is Any Service</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FIREWALL_RULE___IS_ANY_SERVICE = eINSTANCE.getFirewallRule__IsAnyService();

		/**
		 * The meta object literal for the '<em><b>Matches</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FIREWALL_RULE___MATCHES__FLOW = eINSTANCE.getFirewallRule__Matches__Flow();

		/**
		 * The meta object literal for the '<em><b>Get Source Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FIREWALL_RULE___GET_SOURCE_ZONE = eINSTANCE.getFirewallRule__GetSourceZone();

		/**
		 * The meta object literal for the '<em><b>Get Destination Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FIREWALL_RULE___GET_DESTINATION_ZONE = eINSTANCE.getFirewallRule__GetDestinationZone();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.RoleImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Privileged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PRIVILEGED = eINSTANCE.getRole_Privileged();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__SHARED = eINSTANCE.getRole_Shared();

		/**
		 * The meta object literal for the '<em><b>Mfa Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__MFA_REQUIRED = eINSTANCE.getRole_MfaRequired();

		/**
		 * The meta object literal for the '<em><b>Emergency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__EMERGENCY = eINSTANCE.getRole_Emergency();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '<em><b>Get Flows</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ROLE___GET_FLOWS = eINSTANCE.getRole__GetFlows();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.PermissionImpl <em>Permission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.PermissionImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getPermission()
		 * @generated
		 */
		EClass PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMISSION__OPERATIONS = eINSTANCE.getPermission_Operations();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMISSION__SCOPE = eINSTANCE.getPermission_Scope();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.AttackReferenceImpl <em>Attack Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.AttackReferenceImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getAttackReference()
		 * @generated
		 */
		EClass ATTACK_REFERENCE = eINSTANCE.getAttackReference();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__KIND = eINSTANCE.getAttackReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Stix Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__STIX_ID = eINSTANCE.getAttackReference_StixId();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__EXTERNAL_ID = eINSTANCE.getAttackReference_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__NAME = eINSTANCE.getAttackReference_Name();

		/**
		 * The meta object literal for the '<em><b>Attack Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__ATTACK_VERSION = eINSTANCE.getAttackReference_AttackVersion();

		/**
		 * The meta object literal for the '<em><b>Revoked By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__REVOKED_BY = eINSTANCE.getAttackReference_RevokedBy();

		/**
		 * The meta object literal for the '<em><b>Deprecated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__DEPRECATED = eINSTANCE.getAttackReference_Deprecated();

		/**
		 * The meta object literal for the '<em><b>Tactics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTACK_REFERENCE__TACTICS = eINSTANCE.getAttackReference_Tactics();

		/**
		 * The meta object literal for the '<em><b>Mitigated By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTACK_REFERENCE__MITIGATED_BY = eINSTANCE.getAttackReference_MitigatedBy();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTACK_REFERENCE__TARGETS = eINSTANCE.getAttackReference_Targets();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACK_REFERENCE__SHORT_NAME = eINSTANCE.getAttackReference_ShortName();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.WaiverImpl <em>Waiver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.WaiverImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getWaiver()
		 * @generated
		 */
		EClass WAIVER = eINSTANCE.getWaiver();

		/**
		 * The meta object literal for the '<em><b>Finding Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__FINDING_ID = eINSTANCE.getWaiver_FindingId();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__RULE_ID = eINSTANCE.getWaiver_RuleId();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__RATIONALE = eINSTANCE.getWaiver_Rationale();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__AUTHOR = eINSTANCE.getWaiver_Author();

		/**
		 * The meta object literal for the '<em><b>Accepted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__ACCEPTED_ON = eINSTANCE.getWaiver_AcceptedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__EXPIRES_ON = eINSTANCE.getWaiver_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Element Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__ELEMENT_DIGEST = eINSTANCE.getWaiver_ElementDigest();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.RuleSettingImpl <em>Rule Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.RuleSettingImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getRuleSetting()
		 * @generated
		 */
		EClass RULE_SETTING = eINSTANCE.getRuleSetting();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__RULE_ID = eINSTANCE.getRuleSetting_RuleId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__ENABLED = eINSTANCE.getRuleSetting_Enabled();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__SEVERITY = eINSTANCE.getRuleSetting_Severity();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.DiagramImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.NodeViewImpl <em>Node View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.NodeViewImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getNodeView()
		 * @generated
		 */
		EClass NODE_VIEW = eINSTANCE.getNodeView();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_VIEW__ELEMENT = eINSTANCE.getNodeView_Element();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__X = eINSTANCE.getNodeView_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__Y = eINSTANCE.getNodeView_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__WIDTH = eINSTANCE.getNodeView_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__HEIGHT = eINSTANCE.getNodeView_Height();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_VIEW__COLLAPSED = eINSTANCE.getNodeView_Collapsed();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_VIEW__CHILDREN = eINSTANCE.getNodeView_Children();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.NoteViewImpl <em>Note View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.NoteViewImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getNoteView()
		 * @generated
		 */
		EClass NOTE_VIEW = eINSTANCE.getNoteView();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE_VIEW__TEXT = eINSTANCE.getNoteView_Text();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.EdgeViewImpl <em>Edge View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.EdgeViewImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getEdgeView()
		 * @generated
		 */
		EClass EDGE_VIEW = eINSTANCE.getEdgeView();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__ELEMENT = eINSTANCE.getEdgeView_Element();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__SOURCE = eINSTANCE.getEdgeView_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__TARGET = eINSTANCE.getEdgeView_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_VIEW__BENDPOINTS = eINSTANCE.getEdgeView_Bendpoints();

		/**
		 * The meta object literal for the '<em><b>Label Offset X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_VIEW__LABEL_OFFSET_X = eINSTANCE.getEdgeView_LabelOffsetX();

		/**
		 * The meta object literal for the '<em><b>Label Offset Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_VIEW__LABEL_OFFSET_Y = eINSTANCE.getEdgeView_LabelOffsetY();

		/**
		 * The meta object literal for the '{@link org.itot.model.impl.BendpointImpl <em>Bendpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.impl.BendpointImpl
		 * @see org.itot.model.impl.ItotPackageImpl#getBendpoint()
		 * @generated
		 */
		EClass BENDPOINT = eINSTANCE.getBendpoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__X = eINSTANCE.getBendpoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENDPOINT__Y = eINSTANCE.getBendpoint_Y();

		/**
		 * The meta object literal for the '{@link org.itot.model.PurdueLevel <em>Purdue Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.PurdueLevel
		 * @see org.itot.model.impl.ItotPackageImpl#getPurdueLevel()
		 * @generated
		 */
		EEnum PURDUE_LEVEL = eINSTANCE.getPurdueLevel();

		/**
		 * The meta object literal for the '{@link org.itot.model.ZoneKind <em>Zone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.ZoneKind
		 * @see org.itot.model.impl.ItotPackageImpl#getZoneKind()
		 * @generated
		 */
		EEnum ZONE_KIND = eINSTANCE.getZoneKind();

		/**
		 * The meta object literal for the '{@link org.itot.model.Ownership <em>Ownership</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.Ownership
		 * @see org.itot.model.impl.ItotPackageImpl#getOwnership()
		 * @generated
		 */
		EEnum OWNERSHIP = eINSTANCE.getOwnership();

		/**
		 * The meta object literal for the '{@link org.itot.model.AssetType <em>Asset Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.AssetType
		 * @see org.itot.model.impl.ItotPackageImpl#getAssetType()
		 * @generated
		 */
		EEnum ASSET_TYPE = eINSTANCE.getAssetType();

		/**
		 * The meta object literal for the '{@link org.itot.model.Criticality <em>Criticality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.Criticality
		 * @see org.itot.model.impl.ItotPackageImpl#getCriticality()
		 * @generated
		 */
		EEnum CRITICALITY = eINSTANCE.getCriticality();

		/**
		 * The meta object literal for the '{@link org.itot.model.ConduitMedium <em>Conduit Medium</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.ConduitMedium
		 * @see org.itot.model.impl.ItotPackageImpl#getConduitMedium()
		 * @generated
		 */
		EEnum CONDUIT_MEDIUM = eINSTANCE.getConduitMedium();

		/**
		 * The meta object literal for the '{@link org.itot.model.FlowOperation <em>Flow Operation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.FlowOperation
		 * @see org.itot.model.impl.ItotPackageImpl#getFlowOperation()
		 * @generated
		 */
		EEnum FLOW_OPERATION = eINSTANCE.getFlowOperation();

		/**
		 * The meta object literal for the '{@link org.itot.model.ProtocolCategory <em>Protocol Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.ProtocolCategory
		 * @see org.itot.model.impl.ItotPackageImpl#getProtocolCategory()
		 * @generated
		 */
		EEnum PROTOCOL_CATEGORY = eINSTANCE.getProtocolCategory();

		/**
		 * The meta object literal for the '{@link org.itot.model.Transport <em>Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.Transport
		 * @see org.itot.model.impl.ItotPackageImpl#getTransport()
		 * @generated
		 */
		EEnum TRANSPORT = eINSTANCE.getTransport();

		/**
		 * The meta object literal for the '{@link org.itot.model.RuleAction <em>Rule Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.RuleAction
		 * @see org.itot.model.impl.ItotPackageImpl#getRuleAction()
		 * @generated
		 */
		EEnum RULE_ACTION = eINSTANCE.getRuleAction();

		/**
		 * The meta object literal for the '{@link org.itot.model.AttackObjectKind <em>Attack Object Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.AttackObjectKind
		 * @see org.itot.model.impl.ItotPackageImpl#getAttackObjectKind()
		 * @generated
		 */
		EEnum ATTACK_OBJECT_KIND = eINSTANCE.getAttackObjectKind();

		/**
		 * The meta object literal for the '{@link org.itot.model.SeverityOverride <em>Severity Override</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itot.model.SeverityOverride
		 * @see org.itot.model.impl.ItotPackageImpl#getSeverityOverride()
		 * @generated
		 */
		EEnum SEVERITY_OVERRIDE = eINSTANCE.getSeverityOverride();

	}

} //ItotPackage
