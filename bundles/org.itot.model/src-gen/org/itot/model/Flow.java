/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A communication channel from an initiating asset to a responding asset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Flow#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.Flow#getTarget <em>Target</em>}</li>
 *   <li>{@link org.itot.model.Flow#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.itot.model.Flow#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.itot.model.Flow#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.itot.model.Flow#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.itot.model.Flow#isRemoteAccess <em>Remote Access</em>}</li>
 *   <li>{@link org.itot.model.Flow#isMfa <em>Mfa</em>}</li>
 *   <li>{@link org.itot.model.Flow#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link org.itot.model.Flow#getRole <em>Role</em>}</li>
 *   <li>{@link org.itot.model.Flow#getCarriedBy <em>Carried By</em>}</li>
 *   <li>{@link org.itot.model.Flow#isDiscovered <em>Discovered</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getFlow()
 * @model
 * @generated
 */
public interface Flow extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Asset)
	 * @see org.itot.model.ItotPackage#getFlow_Source()
	 * @model
	 * @generated
	 */
	Asset getSource();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Asset value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Asset)
	 * @see org.itot.model.ItotPackage#getFlow_Target()
	 * @model
	 * @generated
	 */
	Asset getTarget();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Asset value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Protocol)
	 * @see org.itot.model.ItotPackage#getFlow_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getProtocol <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.PortRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getFlow_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<PortRange> getPorts();

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.FlowOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see org.itot.model.FlowOperation
	 * @see #setOperation(FlowOperation)
	 * @see org.itot.model.ItotPackage#getFlow_Operation()
	 * @model
	 * @generated
	 */
	FlowOperation getOperation();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see org.itot.model.FlowOperation
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(FlowOperation value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the flow exists: its business justification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.itot.model.ItotPackage#getFlow_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Remote Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Access</em>' attribute.
	 * @see #setRemoteAccess(boolean)
	 * @see org.itot.model.ItotPackage#getFlow_RemoteAccess()
	 * @model
	 * @generated
	 */
	boolean isRemoteAccess();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#isRemoteAccess <em>Remote Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Access</em>' attribute.
	 * @see #isRemoteAccess()
	 * @generated
	 */
	void setRemoteAccess(boolean value);

	/**
	 * Returns the value of the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfa</em>' attribute.
	 * @see #setMfa(boolean)
	 * @see org.itot.model.ItotPackage#getFlow_Mfa()
	 * @model
	 * @generated
	 */
	boolean isMfa();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#isMfa <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa</em>' attribute.
	 * @see #isMfa()
	 * @generated
	 */
	void setMfa(boolean value);

	/**
	 * Returns the value of the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approval Required</em>' attribute.
	 * @see #setApprovalRequired(boolean)
	 * @see org.itot.model.ItotPackage#getFlow_ApprovalRequired()
	 * @model
	 * @generated
	 */
	boolean isApprovalRequired();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#isApprovalRequired <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Required</em>' attribute.
	 * @see #isApprovalRequired()
	 * @generated
	 */
	void setApprovalRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.itot.model.ItotPackage#getFlow_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Carried By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tunnel end or gateway that carries this flow, e.g. the VPN gateway a remote user's session to a jump host is terminated on. The flow then enters through that gateway (EXT rules, attack paths).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carried By</em>' reference.
	 * @see #setCarriedBy(Asset)
	 * @see org.itot.model.ItotPackage#getFlow_CarriedBy()
	 * @model
	 * @generated
	 */
	Asset getCarriedBy();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#getCarriedBy <em>Carried By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried By</em>' reference.
	 * @see #getCarriedBy()
	 * @generated
	 */
	void setCarriedBy(Asset value);

	/**
	 * Returns the value of the '<em><b>Discovered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Added from a session seen on the plant by itot reconcile --adopt (format 1.2), not designed: give it a purpose or stop it on the plant. False for flows drawn by hand and for older files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered</em>' attribute.
	 * @see #setDiscovered(boolean)
	 * @see org.itot.model.ItotPackage#getFlow_Discovered()
	 * @model
	 * @generated
	 */
	boolean isDiscovered();

	/**
	 * Sets the value of the '{@link org.itot.model.Flow#isDiscovered <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered</em>' attribute.
	 * @see #isDiscovered()
	 * @generated
	 */
	void setDiscovered(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getSourceZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getTargetZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flow starts outside: at an asset in an outside network, or at an entry point inside the plant that is not a remote-access gateway or VPN server (those open the brokered onward leg). A session from outside even when it does not cross zones.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isFromOutside();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isCrossZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PRO-02: a write, program download, firmware update or mode change to a controller (ATT&CK coverage asks this too).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isControllerWrite();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PRO-02: from an engineering workstation, HMI or control server in the target's zone or in a level 2-3 industrial zone joined to it by a conduit (ATT&CK coverage asks this too).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isFromAuthorisedWriter();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conduits the flow traverses, derived from its endpoints' zones: the shortest conduit path between them.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Conduit> getConduits();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zones the flow passes, from its source's zone to its target's zone (empty when no conduit path exists).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Zone> getZonePath();

} // Flow
