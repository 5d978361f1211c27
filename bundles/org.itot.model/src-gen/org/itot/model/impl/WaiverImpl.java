/**
 */
package org.itot.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.itot.model.ItotPackage;
import org.itot.model.Waiver;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Waiver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getFindingId <em>Finding Id</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getAcceptedOn <em>Accepted On</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.itot.model.impl.WaiverImpl#getElementDigest <em>Element Digest</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WaiverImpl extends MinimalEObjectImpl.Container implements Waiver
{
	/**
	 * The default value of the '{@link #getFindingId() <em>Finding Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingId()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindingId() <em>Finding Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingId()
	 * @generated
	 * @ordered
	 */
	protected String findingId = FINDING_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceptedOn() <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date ACCEPTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcceptedOn() <em>Accepted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedOn()
	 * @generated
	 * @ordered
	 */
	protected Date acceptedOn = ACCEPTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected Date expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementDigest() <em>Element Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementDigest()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementDigest() <em>Element Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementDigest()
	 * @generated
	 * @ordered
	 */
	protected String elementDigest = ELEMENT_DIGEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WaiverImpl()
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
		return ItotPackage.Literals.WAIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindingId()
	{
		return findingId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindingId(String newFindingId)
	{
		String oldFindingId = findingId;
		findingId = newFindingId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__FINDING_ID, oldFindingId, findingId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId()
	{
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId)
	{
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale()
	{
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale)
	{
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor()
	{
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor)
	{
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAcceptedOn()
	{
		return acceptedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptedOn(Date newAcceptedOn)
	{
		Date oldAcceptedOn = acceptedOn;
		acceptedOn = newAcceptedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__ACCEPTED_ON, oldAcceptedOn, acceptedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getExpiresOn()
	{
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(Date newExpiresOn)
	{
		Date oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementDigest()
	{
		return elementDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementDigest(String newElementDigest)
	{
		String oldElementDigest = elementDigest;
		elementDigest = newElementDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItotPackage.WAIVER__ELEMENT_DIGEST, oldElementDigest, elementDigest));
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
			case ItotPackage.WAIVER__FINDING_ID:
				return getFindingId();
			case ItotPackage.WAIVER__RULE_ID:
				return getRuleId();
			case ItotPackage.WAIVER__RATIONALE:
				return getRationale();
			case ItotPackage.WAIVER__AUTHOR:
				return getAuthor();
			case ItotPackage.WAIVER__ACCEPTED_ON:
				return getAcceptedOn();
			case ItotPackage.WAIVER__EXPIRES_ON:
				return getExpiresOn();
			case ItotPackage.WAIVER__ELEMENT_DIGEST:
				return getElementDigest();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItotPackage.WAIVER__FINDING_ID:
				setFindingId((String)newValue);
				return;
			case ItotPackage.WAIVER__RULE_ID:
				setRuleId((String)newValue);
				return;
			case ItotPackage.WAIVER__RATIONALE:
				setRationale((String)newValue);
				return;
			case ItotPackage.WAIVER__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ItotPackage.WAIVER__ACCEPTED_ON:
				setAcceptedOn((Date)newValue);
				return;
			case ItotPackage.WAIVER__EXPIRES_ON:
				setExpiresOn((Date)newValue);
				return;
			case ItotPackage.WAIVER__ELEMENT_DIGEST:
				setElementDigest((String)newValue);
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
			case ItotPackage.WAIVER__FINDING_ID:
				setFindingId(FINDING_ID_EDEFAULT);
				return;
			case ItotPackage.WAIVER__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case ItotPackage.WAIVER__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case ItotPackage.WAIVER__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ItotPackage.WAIVER__ACCEPTED_ON:
				setAcceptedOn(ACCEPTED_ON_EDEFAULT);
				return;
			case ItotPackage.WAIVER__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case ItotPackage.WAIVER__ELEMENT_DIGEST:
				setElementDigest(ELEMENT_DIGEST_EDEFAULT);
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
			case ItotPackage.WAIVER__FINDING_ID:
				return FINDING_ID_EDEFAULT == null ? findingId != null : !FINDING_ID_EDEFAULT.equals(findingId);
			case ItotPackage.WAIVER__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case ItotPackage.WAIVER__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case ItotPackage.WAIVER__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ItotPackage.WAIVER__ACCEPTED_ON:
				return ACCEPTED_ON_EDEFAULT == null ? acceptedOn != null : !ACCEPTED_ON_EDEFAULT.equals(acceptedOn);
			case ItotPackage.WAIVER__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case ItotPackage.WAIVER__ELEMENT_DIGEST:
				return ELEMENT_DIGEST_EDEFAULT == null ? elementDigest != null : !ELEMENT_DIGEST_EDEFAULT.equals(elementDigest);
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
		result.append(" (findingId: ");
		result.append(findingId);
		result.append(", ruleId: ");
		result.append(ruleId);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", author: ");
		result.append(author);
		result.append(", acceptedOn: ");
		result.append(acceptedOn);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", elementDigest: ");
		result.append(elementDigest);
		result.append(')');
		return result.toString();
	}

} //WaiverImpl
