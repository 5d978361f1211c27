/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conduit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conduit (IEC 62443-3-2): the communication channel joining exactly two zones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Conduit#getZones <em>Zones</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getSlTarget <em>Sl Target</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getEnforcedBy <em>Enforced By</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getMonitoredBy <em>Monitored By</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getTerminatedBy <em>Terminated By</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getMedium <em>Medium</em>}</li>
 *   <li>{@link org.itot.model.Conduit#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link org.itot.model.Conduit#isAuthenticated <em>Authenticated</em>}</li>
 *   <li>{@link org.itot.model.Conduit#isUnidirectional <em>Unidirectional</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getAllowedSource <em>Allowed Source</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.Conduit#getAccountableOrganisation <em>Accountable Organisation</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getConduit()
 * @model
 * @generated
 */
public interface Conduit extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Zones</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Zone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zones</em>' reference list.
	 * @see org.itot.model.ItotPackage#getConduit_Zones()
	 * @model lower="2" upper="2"
	 * @generated
	 */
	EList<Zone> getZones();

	/**
	 * Returns the value of the '<em><b>Sl Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sl Target</em>' containment reference.
	 * @see #setSlTarget(SecurityLevelVector)
	 * @see org.itot.model.ItotPackage#getConduit_SlTarget()
	 * @model containment="true"
	 * @generated
	 */
	SecurityLevelVector getSlTarget();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#getSlTarget <em>Sl Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Target</em>' containment reference.
	 * @see #getSlTarget()
	 * @generated
	 */
	void setSlTarget(SecurityLevelVector value);

	/**
	 * Returns the value of the '<em><b>Enforced By</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enforced By</em>' reference list.
	 * @see org.itot.model.ItotPackage#getConduit_EnforcedBy()
	 * @model
	 * @generated
	 */
	EList<Asset> getEnforcedBy();

	/**
	 * Returns the value of the '<em><b>Monitored By</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitored By</em>' reference list.
	 * @see org.itot.model.ItotPackage#getConduit_MonitoredBy()
	 * @model
	 * @generated
	 */
	EList<Asset> getMonitoredBy();

	/**
	 * Returns the value of the '<em><b>Terminated By</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Devices that terminate the conduit without enforcing policy on it: a plain router, a modem, a cellular router. Where the conduit faces an outside network they are entry points (EXT rules, SEG-09, attack paths).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terminated By</em>' reference list.
	 * @see org.itot.model.ItotPackage#getConduit_TerminatedBy()
	 * @model
	 * @generated
	 */
	EList<Asset> getTerminatedBy();

	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.ConduitMedium}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see org.itot.model.ConduitMedium
	 * @see #setMedium(ConduitMedium)
	 * @see org.itot.model.ItotPackage#getConduit_Medium()
	 * @model
	 * @generated
	 */
	ConduitMedium getMedium();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see org.itot.model.ConduitMedium
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(ConduitMedium value);

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see org.itot.model.ItotPackage#getConduit_Encrypted()
	 * @model
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Authenticated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authenticated</em>' attribute.
	 * @see #setAuthenticated(boolean)
	 * @see org.itot.model.ItotPackage#getConduit_Authenticated()
	 * @model
	 * @generated
	 */
	boolean isAuthenticated();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#isAuthenticated <em>Authenticated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authenticated</em>' attribute.
	 * @see #isAuthenticated()
	 * @generated
	 */
	void setAuthenticated(boolean value);

	/**
	 * Returns the value of the '<em><b>Unidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unidirectional</em>' attribute.
	 * @see #setUnidirectional(boolean)
	 * @see org.itot.model.ItotPackage#getConduit_Unidirectional()
	 * @model
	 * @generated
	 */
	boolean isUnidirectional();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#isUnidirectional <em>Unidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unidirectional</em>' attribute.
	 * @see #isUnidirectional()
	 * @generated
	 */
	void setUnidirectional(boolean value);

	/**
	 * Returns the value of the '<em><b>Allowed Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a unidirectional conduit: the zone traffic may flow from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Source</em>' reference.
	 * @see #setAllowedSource(Zone)
	 * @see org.itot.model.ItotPackage#getConduit_AllowedSource()
	 * @model
	 * @generated
	 */
	Zone getAllowedSource();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#getAllowedSource <em>Allowed Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed Source</em>' reference.
	 * @see #getAllowedSource()
	 * @generated
	 */
	void setAllowedSource(Zone value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.Ownership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #setOwner(Ownership)
	 * @see org.itot.model.ItotPackage#getConduit_Owner()
	 * @model
	 * @generated
	 */
	Ownership getOwner();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Ownership value);

	/**
	 * Returns the value of the '<em><b>Accountable Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accountable Organisation</em>' attribute.
	 * @see #setAccountableOrganisation(String)
	 * @see org.itot.model.ItotPackage#getConduit_AccountableOrganisation()
	 * @model
	 * @generated
	 */
	String getAccountableOrganisation();

	/**
	 * Sets the value of the '{@link org.itot.model.Conduit#getAccountableOrganisation <em>Accountable Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountable Organisation</em>' attribute.
	 * @see #getAccountableOrganisation()
	 * @generated
	 */
	void setAccountableOrganisation(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the conduit joins these two zones, in either order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean joins(Zone first, Zone second);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	Zone getOtherZone(Zone zone);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows whose path crosses this conduit.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Flow> getFlows();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joins an outside network or WAN zone, or runs over an untrusted medium: the devices terminating or enforcing it are entry points.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean facesOutside();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conduit's zones that none of its enforcement devices protects (Asset.protectsEnd): BND-07 wants none on an untrusted medium.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Zone> getEndsWithoutEnforcementPoint();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs over a medium outside the plant's control (WAN, Internet, cellular, radio, satellite): BND-07, the EXT rules and ATT&CK coverage ask this.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isUntrustedMedium();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Carries IP traffic that a boundary device can filter: every medium but serial, hardwired and fieldbus. Only routable conduits must be enforced (BND-01, SEG-06, SEG-08); where a non-routable conduit meets an IP network through a protocol gateway, BND-10 asks for the gateway's routable side to be enforced.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isRoutable();

} // Conduit
