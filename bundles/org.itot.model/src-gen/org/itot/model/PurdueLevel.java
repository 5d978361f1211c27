/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Purdue Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Purdue reference model level of a zone; 3.5 is the industrial DMZ.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getPurdueLevel()
 * @model
 * @generated
 */
public enum PurdueLevel implements Enumerator
{
	/**
	 * The '<em><b>LEVEL 0</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_0_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_0(0, "LEVEL_0", "0"),

	/**
	 * The '<em><b>LEVEL 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_1_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_1(1, "LEVEL_1", "1"),

	/**
	 * The '<em><b>LEVEL 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_2_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_2(2, "LEVEL_2", "2"),

	/**
	 * The '<em><b>LEVEL 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_3_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_3(3, "LEVEL_3", "3"),

	/**
	 * The '<em><b>LEVEL 35</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_35_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_35(4, "LEVEL_3_5", "3.5"),

	/**
	 * The '<em><b>LEVEL 4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_4_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_4(5, "LEVEL_4", "4"),

	/**
	 * The '<em><b>LEVEL 5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_5_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_5(6, "LEVEL_5", "5"),

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL(7, "EXTERNAL", "external");

	/**
	 * The '<em><b>LEVEL 0</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_0
	 * @model literal="0"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_0_VALUE = 0;

	/**
	 * The '<em><b>LEVEL 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_1
	 * @model literal="1"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_1_VALUE = 1;

	/**
	 * The '<em><b>LEVEL 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_2
	 * @model literal="2"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_2_VALUE = 2;

	/**
	 * The '<em><b>LEVEL 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_3
	 * @model literal="3"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_3_VALUE = 3;

	/**
	 * The '<em><b>LEVEL 35</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_35
	 * @model name="LEVEL_3_5" literal="3.5"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_35_VALUE = 4;

	/**
	 * The '<em><b>LEVEL 4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_4
	 * @model literal="4"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_4_VALUE = 5;

	/**
	 * The '<em><b>LEVEL 5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_5
	 * @model literal="5"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_5_VALUE = 6;

	/**
	 * The '<em><b>EXTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL
	 * @model literal="external"
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_VALUE = 7;

	/**
	 * An array of all the '<em><b>Purdue Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PurdueLevel[] VALUES_ARRAY =
		new PurdueLevel[]
		{
			LEVEL_0,
			LEVEL_1,
			LEVEL_2,
			LEVEL_3,
			LEVEL_35,
			LEVEL_4,
			LEVEL_5,
			EXTERNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Purdue Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PurdueLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Purdue Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PurdueLevel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PurdueLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Purdue Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PurdueLevel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PurdueLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Purdue Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PurdueLevel get(int value)
	{
		switch (value)
		{
			case LEVEL_0_VALUE: return LEVEL_0;
			case LEVEL_1_VALUE: return LEVEL_1;
			case LEVEL_2_VALUE: return LEVEL_2;
			case LEVEL_3_VALUE: return LEVEL_3;
			case LEVEL_35_VALUE: return LEVEL_35;
			case LEVEL_4_VALUE: return LEVEL_4;
			case LEVEL_5_VALUE: return LEVEL_5;
			case EXTERNAL_VALUE: return EXTERNAL;
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
	private PurdueLevel(int value, String name, String literal)
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
	
} //PurdueLevel
