/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Zone#getId <em>Id</em>}</li>
 *   <li>{@link org.itot.model.Zone#getName <em>Name</em>}</li>
 *   <li>{@link org.itot.model.Zone#getPurdueLevel <em>Purdue Level</em>}</li>
 *   <li>{@link org.itot.model.Zone#isTrusted <em>Trusted</em>}</li>
 *   <li>{@link org.itot.model.Zone#getAssets <em>Assets</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getZone()
 * @model
 * @generated
 */
public interface Zone extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.itot.model.ItotPackage#getZone_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itot.model.ItotPackage#getZone_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Purdue Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.PurdueLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purdue Level</em>' attribute.
	 * @see org.itot.model.PurdueLevel
	 * @see #setPurdueLevel(PurdueLevel)
	 * @see org.itot.model.ItotPackage#getZone_PurdueLevel()
	 * @model
	 * @generated
	 */
	PurdueLevel getPurdueLevel();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getPurdueLevel <em>Purdue Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purdue Level</em>' attribute.
	 * @see org.itot.model.PurdueLevel
	 * @see #getPurdueLevel()
	 * @generated
	 */
	void setPurdueLevel(PurdueLevel value);

	/**
	 * Returns the value of the '<em><b>Trusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trusted</em>' attribute.
	 * @see #setTrusted(boolean)
	 * @see org.itot.model.ItotPackage#getZone_Trusted()
	 * @model
	 * @generated
	 */
	boolean isTrusted();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#isTrusted <em>Trusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trusted</em>' attribute.
	 * @see #isTrusted()
	 * @generated
	 */
	void setTrusted(boolean value);

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getZone_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Asset> getAssets();

} // Zone
