/**
 */
package org.itot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.Bendpoint;
import org.itot.model.EdgeView;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.NodeView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge View</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getLabelOffsetX <em>Label Offset X</em>}</li>
 *   <li>{@link org.itot.model.impl.EdgeViewImpl#getLabelOffsetY <em>Label Offset Y</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeViewImpl extends MinimalEObjectImpl.Container implements EdgeView
{
	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected ModelElement element;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected NodeView source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected NodeView target;

	/**
	 * The cached value of the '{@link #getBendpoints() <em>Bendpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBendpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Bendpoint> bendpoints;

	/**
	 * The default value of the '{@link #getLabelOffsetX() <em>Label Offset X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelOffsetX()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_OFFSET_X_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLabelOffsetX() <em>Label Offset X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelOffsetX()
	 * @generated
	 * @ordered
	 */
	protected int labelOffsetX = LABEL_OFFSET_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelOffsetY() <em>Label Offset Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelOffsetY()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_OFFSET_Y_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLabelOffsetY() <em>Label Offset Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelOffsetY()
	 * @generated
	 * @ordered
	 */
	protected int labelOffsetY = LABEL_OFFSET_Y_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeViewImpl()
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
		return ItotPackage.Literals.EDGE_VIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelElement getElement()
	{
		if (element != null && element.eIsProxy())
		{
			InternalEObject oldElement = (InternalEObject)element;
			element = (ModelElement)eResolveProxy(oldElement);
			if (element != oldElement)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.EDGE_VIEW__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelElement basicGetElement()
	{
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(ModelElement newElement)
	{
		ModelElement oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.EDGE_VIEW__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeView getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (NodeView)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.EDGE_VIEW__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeView basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(NodeView newSource)
	{
		NodeView oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.EDGE_VIEW__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeView getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (NodeView)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.EDGE_VIEW__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeView basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(NodeView newTarget)
	{
		NodeView oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.EDGE_VIEW__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Bendpoint> getBendpoints()
	{
		if (bendpoints == null)
		{
			bendpoints = new EObjectContainmentEList<Bendpoint>(Bendpoint.class, this, ItotPackage.EDGE_VIEW__BENDPOINTS);
		}
		return bendpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelOffsetX()
	{
		return labelOffsetX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelOffsetX(int newLabelOffsetX)
	{
		int oldLabelOffsetX = labelOffsetX;
		labelOffsetX = newLabelOffsetX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.EDGE_VIEW__LABEL_OFFSET_X, oldLabelOffsetX, labelOffsetX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelOffsetY()
	{
		return labelOffsetY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelOffsetY(int newLabelOffsetY)
	{
		int oldLabelOffsetY = labelOffsetY;
		labelOffsetY = newLabelOffsetY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.EDGE_VIEW__LABEL_OFFSET_Y, oldLabelOffsetY, labelOffsetY));
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
			case ItotPackage.EDGE_VIEW__BENDPOINTS:
				return ((InternalEList<?>)getBendpoints()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.EDGE_VIEW__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case ItotPackage.EDGE_VIEW__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case ItotPackage.EDGE_VIEW__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case ItotPackage.EDGE_VIEW__BENDPOINTS:
				return getBendpoints();
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_X:
				return getLabelOffsetX();
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_Y:
				return getLabelOffsetY();
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
			case ItotPackage.EDGE_VIEW__ELEMENT:
				setElement((ModelElement)newValue);
				return;
			case ItotPackage.EDGE_VIEW__SOURCE:
				setSource((NodeView)newValue);
				return;
			case ItotPackage.EDGE_VIEW__TARGET:
				setTarget((NodeView)newValue);
				return;
			case ItotPackage.EDGE_VIEW__BENDPOINTS:
				getBendpoints().clear();
				getBendpoints().addAll((Collection<? extends Bendpoint>)newValue);
				return;
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_X:
				setLabelOffsetX((Integer)newValue);
				return;
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_Y:
				setLabelOffsetY((Integer)newValue);
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
			case ItotPackage.EDGE_VIEW__ELEMENT:
				setElement((ModelElement)null);
				return;
			case ItotPackage.EDGE_VIEW__SOURCE:
				setSource((NodeView)null);
				return;
			case ItotPackage.EDGE_VIEW__TARGET:
				setTarget((NodeView)null);
				return;
			case ItotPackage.EDGE_VIEW__BENDPOINTS:
				getBendpoints().clear();
				return;
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_X:
				setLabelOffsetX(LABEL_OFFSET_X_EDEFAULT);
				return;
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_Y:
				setLabelOffsetY(LABEL_OFFSET_Y_EDEFAULT);
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
			case ItotPackage.EDGE_VIEW__ELEMENT:
				return element != null;
			case ItotPackage.EDGE_VIEW__SOURCE:
				return source != null;
			case ItotPackage.EDGE_VIEW__TARGET:
				return target != null;
			case ItotPackage.EDGE_VIEW__BENDPOINTS:
				return bendpoints != null && !bendpoints.isEmpty();
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_X:
				return labelOffsetX != LABEL_OFFSET_X_EDEFAULT;
			case ItotPackage.EDGE_VIEW__LABEL_OFFSET_Y:
				return labelOffsetY != LABEL_OFFSET_Y_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (labelOffsetX: ");
		result.append(labelOffsetX);
		result.append(", labelOffsetY: ");
		result.append(labelOffsetY);
		result.append(')');
		return result.toString();
	}

} //EdgeViewImpl
