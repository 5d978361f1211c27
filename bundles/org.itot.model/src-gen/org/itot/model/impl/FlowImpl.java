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
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Asset;
import org.itot.model.Conduit;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotPackage;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.Role;
import org.itot.model.Zone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.FlowImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#isRemoteAccess <em>Remote Access</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#isMfa <em>Mfa</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#getCarriedBy <em>Carried By</em>}</li>
 *   <li>{@link org.itot.model.impl.FlowImpl#isDiscovered <em>Discovered</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowImpl extends ModelElementImpl implements Flow
{
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Asset source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Asset target;

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
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final FlowOperation OPERATION_EDEFAULT = FlowOperation.READ;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected FlowOperation operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRemoteAccess() <em>Remote Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccess()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REMOTE_ACCESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRemoteAccess() <em>Remote Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccess()
	 * @generated
	 * @ordered
	 */
	protected boolean remoteAccess = REMOTE_ACCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected boolean mfa = MFA_EDEFAULT;

	/**
	 * The default value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROVAL_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean approvalRequired = APPROVAL_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * The cached value of the '{@link #getCarriedBy() <em>Carried By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedBy()
	 * @generated
	 * @ordered
	 */
	protected Asset carriedBy;

	/**
	 * The default value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCOVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiscovered() <em>Discovered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiscovered()
	 * @generated
	 * @ordered
	 */
	protected boolean discovered = DISCOVERED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowImpl()
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
		return ItotPackage.Literals.FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (Asset)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FLOW__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Asset newSource)
	{
		Asset oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Asset)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FLOW__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Asset newTarget)
	{
		Asset oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__TARGET, oldTarget, target));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FLOW__PROTOCOL, oldProtocol, protocol));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__PROTOCOL, oldProtocol, protocol));
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
			ports = new EObjectContainmentEList<PortRange>(PortRange.class, this, ItotPackage.FLOW__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowOperation getOperation()
	{
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(FlowOperation newOperation)
	{
		FlowOperation oldOperation = operation;
		operation = newOperation == null ? OPERATION_EDEFAULT : newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose()
	{
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose)
	{
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemoteAccess()
	{
		return remoteAccess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAccess(boolean newRemoteAccess)
	{
		boolean oldRemoteAccess = remoteAccess;
		remoteAccess = newRemoteAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__REMOTE_ACCESS, oldRemoteAccess, remoteAccess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfa()
	{
		return mfa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfa(boolean newMfa)
	{
		boolean oldMfa = mfa;
		mfa = newMfa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__MFA, oldMfa, mfa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApprovalRequired()
	{
		return approvalRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalRequired(boolean newApprovalRequired)
	{
		boolean oldApprovalRequired = approvalRequired;
		approvalRequired = newApprovalRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__APPROVAL_REQUIRED, oldApprovalRequired, approvalRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole()
	{
		if (role != null && role.eIsProxy())
		{
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FLOW__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole()
	{
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole)
	{
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getCarriedBy()
	{
		if (carriedBy != null && carriedBy.eIsProxy())
		{
			InternalEObject oldCarriedBy = (InternalEObject)carriedBy;
			carriedBy = (Asset)eResolveProxy(oldCarriedBy);
			if (carriedBy != oldCarriedBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.FLOW__CARRIED_BY, oldCarriedBy, carriedBy));
			}
		}
		return carriedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetCarriedBy()
	{
		return carriedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarriedBy(Asset newCarriedBy)
	{
		Asset oldCarriedBy = carriedBy;
		carriedBy = newCarriedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__CARRIED_BY, oldCarriedBy, carriedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiscovered()
	{
		return discovered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscovered(boolean newDiscovered)
	{
		boolean oldDiscovered = discovered;
		discovered = newDiscovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.FLOW__DISCOVERED, oldDiscovered, discovered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getSourceZone()
	{
		return org.itot.model.query.FlowQuery.sourceZone(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getTargetZone()
	{
		return org.itot.model.query.FlowQuery.targetZone(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFromOutside()
	{
		return org.itot.model.query.EntryPoints.isFromOutside(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCrossZone()
	{
		return org.itot.model.query.FlowQuery.isCrossZone(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isControllerWrite()
	{
		return org.itot.model.query.FlowQuery.isControllerWrite(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFromAuthorisedWriter()
	{
		return org.itot.model.query.FlowQuery.isFromAuthorisedWriter(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getConduits()
	{
		return org.itot.model.query.FlowQuery.conduits(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getZonePath()
	{
		return org.itot.model.query.FlowQuery.zonePath(this);
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
			case ItotPackage.FLOW__PORTS:
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
			case ItotPackage.FLOW__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case ItotPackage.FLOW__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case ItotPackage.FLOW__PROTOCOL:
				if (resolve) return getProtocol();
				return basicGetProtocol();
			case ItotPackage.FLOW__PORTS:
				return getPorts();
			case ItotPackage.FLOW__OPERATION:
				return getOperation();
			case ItotPackage.FLOW__PURPOSE:
				return getPurpose();
			case ItotPackage.FLOW__REMOTE_ACCESS:
				return isRemoteAccess();
			case ItotPackage.FLOW__MFA:
				return isMfa();
			case ItotPackage.FLOW__APPROVAL_REQUIRED:
				return isApprovalRequired();
			case ItotPackage.FLOW__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case ItotPackage.FLOW__CARRIED_BY:
				if (resolve) return getCarriedBy();
				return basicGetCarriedBy();
			case ItotPackage.FLOW__DISCOVERED:
				return isDiscovered();
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
			case ItotPackage.FLOW__SOURCE:
				setSource((Asset)newValue);
				return;
			case ItotPackage.FLOW__TARGET:
				setTarget((Asset)newValue);
				return;
			case ItotPackage.FLOW__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case ItotPackage.FLOW__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends PortRange>)newValue);
				return;
			case ItotPackage.FLOW__OPERATION:
				setOperation((FlowOperation)newValue);
				return;
			case ItotPackage.FLOW__PURPOSE:
				setPurpose((String)newValue);
				return;
			case ItotPackage.FLOW__REMOTE_ACCESS:
				setRemoteAccess((Boolean)newValue);
				return;
			case ItotPackage.FLOW__MFA:
				setMfa((Boolean)newValue);
				return;
			case ItotPackage.FLOW__APPROVAL_REQUIRED:
				setApprovalRequired((Boolean)newValue);
				return;
			case ItotPackage.FLOW__ROLE:
				setRole((Role)newValue);
				return;
			case ItotPackage.FLOW__CARRIED_BY:
				setCarriedBy((Asset)newValue);
				return;
			case ItotPackage.FLOW__DISCOVERED:
				setDiscovered((Boolean)newValue);
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
			case ItotPackage.FLOW__SOURCE:
				setSource((Asset)null);
				return;
			case ItotPackage.FLOW__TARGET:
				setTarget((Asset)null);
				return;
			case ItotPackage.FLOW__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case ItotPackage.FLOW__PORTS:
				getPorts().clear();
				return;
			case ItotPackage.FLOW__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case ItotPackage.FLOW__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case ItotPackage.FLOW__REMOTE_ACCESS:
				setRemoteAccess(REMOTE_ACCESS_EDEFAULT);
				return;
			case ItotPackage.FLOW__MFA:
				setMfa(MFA_EDEFAULT);
				return;
			case ItotPackage.FLOW__APPROVAL_REQUIRED:
				setApprovalRequired(APPROVAL_REQUIRED_EDEFAULT);
				return;
			case ItotPackage.FLOW__ROLE:
				setRole((Role)null);
				return;
			case ItotPackage.FLOW__CARRIED_BY:
				setCarriedBy((Asset)null);
				return;
			case ItotPackage.FLOW__DISCOVERED:
				setDiscovered(DISCOVERED_EDEFAULT);
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
			case ItotPackage.FLOW__SOURCE:
				return source != null;
			case ItotPackage.FLOW__TARGET:
				return target != null;
			case ItotPackage.FLOW__PROTOCOL:
				return protocol != null;
			case ItotPackage.FLOW__PORTS:
				return ports != null && !ports.isEmpty();
			case ItotPackage.FLOW__OPERATION:
				return operation != OPERATION_EDEFAULT;
			case ItotPackage.FLOW__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case ItotPackage.FLOW__REMOTE_ACCESS:
				return remoteAccess != REMOTE_ACCESS_EDEFAULT;
			case ItotPackage.FLOW__MFA:
				return mfa != MFA_EDEFAULT;
			case ItotPackage.FLOW__APPROVAL_REQUIRED:
				return approvalRequired != APPROVAL_REQUIRED_EDEFAULT;
			case ItotPackage.FLOW__ROLE:
				return role != null;
			case ItotPackage.FLOW__CARRIED_BY:
				return carriedBy != null;
			case ItotPackage.FLOW__DISCOVERED:
				return discovered != DISCOVERED_EDEFAULT;
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
			case ItotPackage.FLOW___GET_SOURCE_ZONE:
				return getSourceZone();
			case ItotPackage.FLOW___GET_TARGET_ZONE:
				return getTargetZone();
			case ItotPackage.FLOW___IS_FROM_OUTSIDE:
				return isFromOutside();
			case ItotPackage.FLOW___IS_CROSS_ZONE:
				return isCrossZone();
			case ItotPackage.FLOW___IS_CONTROLLER_WRITE:
				return isControllerWrite();
			case ItotPackage.FLOW___IS_FROM_AUTHORISED_WRITER:
				return isFromAuthorisedWriter();
			case ItotPackage.FLOW___GET_CONDUITS:
				return getConduits();
			case ItotPackage.FLOW___GET_ZONE_PATH:
				return getZonePath();
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
		result.append(" (operation: ");
		result.append(operation);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", remoteAccess: ");
		result.append(remoteAccess);
		result.append(", mfa: ");
		result.append(mfa);
		result.append(", approvalRequired: ");
		result.append(approvalRequired);
		result.append(", discovered: ");
		result.append(discovered);
		result.append(')');
		return result.toString();
	}

} //FlowImpl
