/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One rule of an enforcing device's ordered rule set. An unset source, destination or service means any.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.FirewallRule#getOrder <em>Order</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getAction <em>Action</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#isLogging <em>Logging</em>}</li>
 *   <li>{@link org.itot.model.FirewallRule#getJustifiedBy <em>Justified By</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getFirewallRule()
 * @model
 * @generated
 */
public interface FirewallRule extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NetworkScope)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Source()
	 * @model
	 * @generated
	 */
	NetworkScope getSource();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NetworkScope value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(NetworkScope)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Destination()
	 * @model
	 * @generated
	 */
	NetworkScope getDestination();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(NetworkScope value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' reference.
	 * @see #setProtocol(Protocol)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#getProtocol <em>Protocol</em>}' reference.
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
	 * @see org.itot.model.ItotPackage#getFirewallRule_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<PortRange> getPorts();

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.RuleAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.itot.model.RuleAction
	 * @see #setAction(RuleAction)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Action()
	 * @model
	 * @generated
	 */
	RuleAction getAction();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.itot.model.RuleAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(RuleAction value);

	/**
	 * Returns the value of the '<em><b>Logging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logging</em>' attribute.
	 * @see #setLogging(boolean)
	 * @see org.itot.model.ItotPackage#getFirewallRule_Logging()
	 * @model
	 * @generated
	 */
	boolean isLogging();

	/**
	 * Sets the value of the '{@link org.itot.model.FirewallRule#isLogging <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logging</em>' attribute.
	 * @see #isLogging()
	 * @generated
	 */
	void setLogging(boolean value);

	/**
	 * Returns the value of the '<em><b>Justified By</b></em>' reference list.
	 * The list contents are of type {@link org.itot.model.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justified By</em>' reference list.
	 * @see org.itot.model.ItotPackage#getFirewallRule_JustifiedBy()
	 * @model
	 * @generated
	 */
	EList<Flow> getJustifiedBy();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Asset getDevice();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isAnyService();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the flow's source, destination and service fall inside this rule's.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean matches(Flow flow);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone of the rule's source (the zone itself or an asset's zone); null for any.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getSourceZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone of the rule's destination; null for any.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getDestinationZone();

} // FirewallRule
