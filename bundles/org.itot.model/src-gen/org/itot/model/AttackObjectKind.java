/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Attack Object Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of MITRE ATT&CK for ICS object.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getAttackObjectKind()
 * @model
 * @generated
 */
public enum AttackObjectKind implements Enumerator
{
	/**
	 * The '<em><b>TECHNIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNIQUE(0, "TECHNIQUE", "technique"),

	/**
	 * The '<em><b>TACTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TACTIC_VALUE
	 * @generated
	 * @ordered
	 */
	TACTIC(1, "TACTIC", "tactic"),

	/**
	 * The '<em><b>MITIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	MITIGATION(2, "MITIGATION", "mitigation"),

	/**
	 * The '<em><b>ASSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSET_VALUE
	 * @generated
	 * @ordered
	 */
	ASSET(3, "ASSET", "asset");

	/**
	 * The '<em><b>TECHNIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNIQUE
	 * @model literal="technique"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNIQUE_VALUE = 0;

	/**
	 * The '<em><b>TACTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TACTIC
	 * @model literal="tactic"
	 * @generated
	 * @ordered
	 */
	public static final int TACTIC_VALUE = 1;

	/**
	 * The '<em><b>MITIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITIGATION
	 * @model literal="mitigation"
	 * @generated
	 * @ordered
	 */
	public static final int MITIGATION_VALUE = 2;

	/**
	 * The '<em><b>ASSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSET
	 * @model literal="asset"
	 * @generated
	 * @ordered
	 */
	public static final int ASSET_VALUE = 3;

	/**
	 * An array of all the '<em><b>Attack Object Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AttackObjectKind[] VALUES_ARRAY =
		new AttackObjectKind[]
		{
			TECHNIQUE,
			TACTIC,
			MITIGATION,
			ASSET,
		};

	/**
	 * A public read-only list of all the '<em><b>Attack Object Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AttackObjectKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attack Object Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttackObjectKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AttackObjectKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attack Object Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttackObjectKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AttackObjectKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attack Object Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttackObjectKind get(int value)
	{
		switch (value)
		{
			case TECHNIQUE_VALUE: return TECHNIQUE;
			case TACTIC_VALUE: return TACTIC;
			case MITIGATION_VALUE: return MITIGATION;
			case ASSET_VALUE: return ASSET;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AttackObjectKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //AttackObjectKind
