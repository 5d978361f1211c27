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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itot.model.ItotPackage;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#getDefaultPorts <em>Default Ports</em>}</li>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#isCleartext <em>Cleartext</em>}</li>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#isAuthenticates <em>Authenticates</em>}</li>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#isIntegrityProtected <em>Integrity Protected</em>}</li>
 *   <li>{@link org.itot.model.impl.ProtocolImpl#getSecureVariantOf <em>Secure Variant Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolImpl extends ModelElementImpl implements Protocol
{
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ProtocolCategory CATEGORY_EDEFAULT = ProtocolCategory.INDUSTRIAL;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ProtocolCategory category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefaultPorts() <em>Default Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PortRange> defaultPorts;

	/**
	 * The default value of the '{@link #isCleartext() <em>Cleartext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleartext()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLEARTEXT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCleartext() <em>Cleartext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleartext()
	 * @generated
	 * @ordered
	 */
	protected boolean cleartext = CLEARTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAuthenticates() <em>Authenticates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthenticates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTHENTICATES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAuthenticates() <em>Authenticates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAuthenticates()
	 * @generated
	 * @ordered
	 */
	protected boolean authenticates = AUTHENTICATES_EDEFAULT;

	/**
	 * The default value of the '{@link #isIntegrityProtected() <em>Integrity Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIntegrityProtected()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTEGRITY_PROTECTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIntegrityProtected() <em>Integrity Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIntegrityProtected()
	 * @generated
	 * @ordered
	 */
	protected boolean integrityProtected = INTEGRITY_PROTECTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecureVariantOf() <em>Secure Variant Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecureVariantOf()
	 * @generated
	 * @ordered
	 */
	protected Protocol secureVariantOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolImpl()
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
		return ItotPackage.Literals.PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ProtocolCategory newCategory)
	{
		ProtocolCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.PROTOCOL__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PortRange> getDefaultPorts()
	{
		if (defaultPorts == null)
		{
			defaultPorts = new EObjectContainmentEList<PortRange>(PortRange.class, this, ItotPackage.PROTOCOL__DEFAULT_PORTS);
		}
		return defaultPorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCleartext()
	{
		return cleartext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleartext(boolean newCleartext)
	{
		boolean oldCleartext = cleartext;
		cleartext = newCleartext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.PROTOCOL__CLEARTEXT, oldCleartext, cleartext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAuthenticates()
	{
		return authenticates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthenticates(boolean newAuthenticates)
	{
		boolean oldAuthenticates = authenticates;
		authenticates = newAuthenticates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.PROTOCOL__AUTHENTICATES, oldAuthenticates, authenticates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIntegrityProtected()
	{
		return integrityProtected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegrityProtected(boolean newIntegrityProtected)
	{
		boolean oldIntegrityProtected = integrityProtected;
		integrityProtected = newIntegrityProtected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.PROTOCOL__INTEGRITY_PROTECTED, oldIntegrityProtected, integrityProtected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getSecureVariantOf()
	{
		if (secureVariantOf != null && secureVariantOf.eIsProxy())
		{
			InternalEObject oldSecureVariantOf = (InternalEObject)secureVariantOf;
			secureVariantOf = (Protocol)eResolveProxy(oldSecureVariantOf);
			if (secureVariantOf != oldSecureVariantOf)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ItotPackage.PROTOCOL__SECURE_VARIANT_OF, oldSecureVariantOf, secureVariantOf));
			}
		}
		return secureVariantOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol basicGetSecureVariantOf()
	{
		return secureVariantOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecureVariantOf(Protocol newSecureVariantOf)
	{
		Protocol oldSecureVariantOf = secureVariantOf;
		secureVariantOf = newSecureVariantOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.PROTOCOL__SECURE_VARIANT_OF, oldSecureVariantOf, secureVariantOf));
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
			case ItotPackage.PROTOCOL__DEFAULT_PORTS:
				return ((InternalEList<?>)getDefaultPorts()).basicRemove(otherEnd, msgs);
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
			case ItotPackage.PROTOCOL__CATEGORY:
				return getCategory();
			case ItotPackage.PROTOCOL__DEFAULT_PORTS:
				return getDefaultPorts();
			case ItotPackage.PROTOCOL__CLEARTEXT:
				return isCleartext();
			case ItotPackage.PROTOCOL__AUTHENTICATES:
				return isAuthenticates();
			case ItotPackage.PROTOCOL__INTEGRITY_PROTECTED:
				return isIntegrityProtected();
			case ItotPackage.PROTOCOL__SECURE_VARIANT_OF:
				if (resolve) return getSecureVariantOf();
				return basicGetSecureVariantOf();
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
			case ItotPackage.PROTOCOL__CATEGORY:
				setCategory((ProtocolCategory)newValue);
				return;
			case ItotPackage.PROTOCOL__DEFAULT_PORTS:
				getDefaultPorts().clear();
				getDefaultPorts().addAll((Collection<? extends PortRange>)newValue);
				return;
			case ItotPackage.PROTOCOL__CLEARTEXT:
				setCleartext((Boolean)newValue);
				return;
			case ItotPackage.PROTOCOL__AUTHENTICATES:
				setAuthenticates((Boolean)newValue);
				return;
			case ItotPackage.PROTOCOL__INTEGRITY_PROTECTED:
				setIntegrityProtected((Boolean)newValue);
				return;
			case ItotPackage.PROTOCOL__SECURE_VARIANT_OF:
				setSecureVariantOf((Protocol)newValue);
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
			case ItotPackage.PROTOCOL__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ItotPackage.PROTOCOL__DEFAULT_PORTS:
				getDefaultPorts().clear();
				return;
			case ItotPackage.PROTOCOL__CLEARTEXT:
				setCleartext(CLEARTEXT_EDEFAULT);
				return;
			case ItotPackage.PROTOCOL__AUTHENTICATES:
				setAuthenticates(AUTHENTICATES_EDEFAULT);
				return;
			case ItotPackage.PROTOCOL__INTEGRITY_PROTECTED:
				setIntegrityProtected(INTEGRITY_PROTECTED_EDEFAULT);
				return;
			case ItotPackage.PROTOCOL__SECURE_VARIANT_OF:
				setSecureVariantOf((Protocol)null);
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
			case ItotPackage.PROTOCOL__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ItotPackage.PROTOCOL__DEFAULT_PORTS:
				return defaultPorts != null && !defaultPorts.isEmpty();
			case ItotPackage.PROTOCOL__CLEARTEXT:
				return cleartext != CLEARTEXT_EDEFAULT;
			case ItotPackage.PROTOCOL__AUTHENTICATES:
				return authenticates != AUTHENTICATES_EDEFAULT;
			case ItotPackage.PROTOCOL__INTEGRITY_PROTECTED:
				return integrityProtected != INTEGRITY_PROTECTED_EDEFAULT;
			case ItotPackage.PROTOCOL__SECURE_VARIANT_OF:
				return secureVariantOf != null;
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
		result.append(" (category: ");
		result.append(category);
		result.append(", cleartext: ");
		result.append(cleartext);
		result.append(", authenticates: ");
		result.append(authenticates);
		result.append(", integrityProtected: ");
		result.append(integrityProtected);
		result.append(')');
		return result.toString();
	}

} //ProtocolImpl
