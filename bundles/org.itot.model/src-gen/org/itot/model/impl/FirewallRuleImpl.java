/**
 */
package org.itot.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Asset;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.ItotPackage;
import org.itot.model.NetworkScope;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.RuleAction;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Firewall Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#isLogging <em>Logging</em>}</li>
 *   <li>{@link org.itot.model.impl.FirewallRuleImpl#getJustifiedBy <em>Justified By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirewallRuleImpl extends ModelElementImpl implements FirewallRule
{
	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected NetworkScope source;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected NetworkScope destination;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PortRange> ports;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final RuleAction ACTION_EDEFAULT = RuleAction.ALLOW;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected RuleAction action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isLogging() <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogging()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOGGING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLogging() <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogging()
	 * @generated
	 * @ordered
	 */
	protected boolean logging = LOGGING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJustifiedBy() <em>Justified By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustifiedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> justifiedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FirewallRuleImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ItotPackage.Literals.FIREWALL_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder()
	{
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder)
	{
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkScope getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (NetworkScope)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FIREWALL_RULE__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkScope basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(NetworkScope newSource)
	{
		NetworkScope oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkScope getDestination()
	{
		if (destination != null && destination.eIsProxy())
		{
			InternalEObject oldDestination = (InternalEObject)destination;
			destination = (NetworkScope)eResolveProxy(oldDestination);
			if (destination != oldDestination)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FIREWALL_RULE__DESTINATION, oldDestination, destination));
			}
		}
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkScope basicGetDestination()
	{
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(NetworkScope newDestination)
	{
		NetworkScope oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol()
	{
		if (protocol != null && protocol.eIsProxy())
		{
			InternalEObject oldProtocol = (InternalEObject)protocol;
			protocol = (Protocol)eResolveProxy(oldProtocol);
			if (protocol != oldProtocol)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FIREWALL_RULE__PROTOCOL, oldProtocol, protocol));
			}
		}
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol basicGetProtocol()
	{
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol)
	{
		Protocol oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PortRange> getPorts()
	{
		if (ports == null)
		{
			ports = new EObjectContainmentEList<PortRange>(PortRange.class, this, ItotPackage.FIREWALL_RULE__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleAction getAction()
	{
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(RuleAction newAction)
	{
		RuleAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLogging()
	{
		return logging;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogging(boolean newLogging)
	{
		boolean oldLogging = logging;
		logging = newLogging;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FIREWALL_RULE__LOGGING, oldLogging, logging));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getJustifiedBy()
	{
		if (justifiedBy == null)
		{
			justifiedBy = new EObjectResolvingEList<Flow>(Flow.class, this, ItotPackage.FIREWALL_RULE__JUSTIFIED_BY);
		}
		return justifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getDevice()
	{
		return org.itot.model.query.FirewallRuleQuery.device(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnyService()
	{
		return org.itot.model.query.FirewallRuleQuery.isAnyService(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean matches(final Flow flow)
	{
		return org.itot.model.query.FirewallRuleQuery.matches(this, flow);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getSourceZone()
	{
		return org.itot.model.query.FirewallRuleQuery.zoneOf(getSource());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getDestinationZone()
	{
		return org.itot.model.query.FirewallRuleQuery.zoneOf(getDestination());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItotPackage.FIREWALL_RULE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ItotPackage.FIREWALL_RULE__ORDER:
				return getOrder();
			case ItotPackage.FIREWALL_RULE__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case ItotPackage.FIREWALL_RULE__DESTINATION:
				if (resolve) return getDestination();
				return basicGetDestination();
			case ItotPackage.FIREWALL_RULE__PROTOCOL:
				if (resolve) return getProtocol();
				return basicGetProtocol();
			case ItotPackage.FIREWALL_RULE__PORTS:
				return getPorts();
			case ItotPackage.FIREWALL_RULE__ACTION:
				return getAction();
			case ItotPackage.FIREWALL_RULE__LOGGING:
				return isLogging();
			case ItotPackage.FIREWALL_RULE__JUSTIFIED_BY:
				return getJustifiedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItotPackage.FIREWALL_RULE__ORDER:
				setOrder((Integer)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__SOURCE:
				setSource((NetworkScope)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__DESTINATION:
				setDestination((NetworkScope)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends PortRange>)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__ACTION:
				setAction((RuleAction)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__LOGGING:
				setLogging((Boolean)newValue);
				return;
			case ItotPackage.FIREWALL_RULE__JUSTIFIED_BY:
				getJustifiedBy().clear();
				getJustifiedBy().addAll((Collection<? extends Flow>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ItotPackage.FIREWALL_RULE__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case ItotPackage.FIREWALL_RULE__SOURCE:
				setSource((NetworkScope)null);
				return;
			case ItotPackage.FIREWALL_RULE__DESTINATION:
				setDestination((NetworkScope)null);
				return;
			case ItotPackage.FIREWALL_RULE__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case ItotPackage.FIREWALL_RULE__PORTS:
				getPorts().clear();
				return;
			case ItotPackage.FIREWALL_RULE__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case ItotPackage.FIREWALL_RULE__LOGGING:
				setLogging(LOGGING_EDEFAULT);
				return;
			case ItotPackage.FIREWALL_RULE__JUSTIFIED_BY:
				getJustifiedBy().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ItotPackage.FIREWALL_RULE__ORDER:
				return order != ORDER_EDEFAULT;
			case ItotPackage.FIREWALL_RULE__SOURCE:
				return source != null;
			case ItotPackage.FIREWALL_RULE__DESTINATION:
				return destination != null;
			case ItotPackage.FIREWALL_RULE__PROTOCOL:
				return protocol != null;
			case ItotPackage.FIREWALL_RULE__PORTS:
				return ports != null && !ports.isEmpty();
			case ItotPackage.FIREWALL_RULE__ACTION:
				return action != ACTION_EDEFAULT;
			case ItotPackage.FIREWALL_RULE__LOGGING:
				return logging != LOGGING_EDEFAULT;
			case ItotPackage.FIREWALL_RULE__JUSTIFIED_BY:
				return justifiedBy != null && !justifiedBy.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case ItotPackage.FIREWALL_RULE___GET_DEVICE:
				return getDevice();
			case ItotPackage.FIREWALL_RULE___IS_ANY_SERVICE:
				return isAnyService();
			case ItotPackage.FIREWALL_RULE___MATCHES__FLOW:
				return matches((Flow)arguments.get(0));
			case ItotPackage.FIREWALL_RULE___GET_SOURCE_ZONE:
				return getSourceZone();
			case ItotPackage.FIREWALL_RULE___GET_DESTINATION_ZONE:
				return getDestinationZone();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (order: ");
		result.append(order);
		result.append(", action: ");
		result.append(action);
		result.append(", logging: ");
		result.append(logging);
		result.append(')');
		return result.toString();
	}

} //FirewallRuleImpl
