/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conduit Medium</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Physical or logical medium a conduit runs over.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getConduitMedium()
 * @model
 * @generated
 */
public enum ConduitMedium implements Enumerator
{
	/**
	 * The '<em><b>LAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAN_VALUE
	 * @generated
	 * @ordered
	 */
	LAN(0, "LAN", "lan"),

	/**
	 * The '<em><b>VLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VLAN_VALUE
	 * @generated
	 * @ordered
	 */
	VLAN(1, "VLAN", "vlan"),

	/**
	 * The '<em><b>WAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_VALUE
	 * @generated
	 * @ordered
	 */
	WAN(2, "WAN", "wan"),

	/**
	 * The '<em><b>INTERNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(3, "INTERNET", "internet"),

	/**
	 * The '<em><b>CELLULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR_VALUE
	 * @generated
	 * @ordered
	 */
	CELLULAR(4, "CELLULAR", "cellular"),

	/**
	 * The '<em><b>RADIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIO_VALUE
	 * @generated
	 * @ordered
	 */
	RADIO(5, "RADIO", "radio"),

	/**
	 * The '<em><b>SATELLITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATELLITE_VALUE
	 * @generated
	 * @ordered
	 */
	SATELLITE(6, "SATELLITE", "satellite"),

	/**
	 * The '<em><b>SERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SERIAL(7, "SERIAL", "serial"),

	/**
	 * The '<em><b>HARDWIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Point-to-point analogue or discrete wiring (4-20 mA loop, digital IO): not routable, cannot hold a firewall.
	 * <!-- end-model-doc -->
	 * @see #HARDWIRED_VALUE
	 * @generated
	 * @ordered
	 */
	HARDWIRED(8, "HARDWIRED", "hardwired"),

	/**
	 * The '<em><b>FIELDBUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-routable fieldbus (e.g. PROFIBUS DP, HART, Foundation Fieldbus H1): not routable, cannot hold a firewall.
	 * <!-- end-model-doc -->
	 * @see #FIELDBUS_VALUE
	 * @generated
	 * @ordered
	 */
	FIELDBUS(9, "FIELDBUS", "fieldbus");

	/**
	 * The '<em><b>LAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAN
	 * @model literal="lan"
	 * @generated
	 * @ordered
	 */
	public static final int LAN_VALUE = 0;

	/**
	 * The '<em><b>VLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VLAN
	 * @model literal="vlan"
	 * @generated
	 * @ordered
	 */
	public static final int VLAN_VALUE = 1;

	/**
	 * The '<em><b>WAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN
	 * @model literal="wan"
	 * @generated
	 * @ordered
	 */
	public static final int WAN_VALUE = 2;

	/**
	 * The '<em><b>INTERNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET
	 * @model literal="internet"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 3;

	/**
	 * The '<em><b>CELLULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR
	 * @model literal="cellular"
	 * @generated
	 * @ordered
	 */
	public static final int CELLULAR_VALUE = 4;

	/**
	 * The '<em><b>RADIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RADIO
	 * @model literal="radio"
	 * @generated
	 * @ordered
	 */
	public static final int RADIO_VALUE = 5;

	/**
	 * The '<em><b>SATELLITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATELLITE
	 * @model literal="satellite"
	 * @generated
	 * @ordered
	 */
	public static final int SATELLITE_VALUE = 6;

	/**
	 * The '<em><b>SERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERIAL
	 * @model literal="serial"
	 * @generated
	 * @ordered
	 */
	public static final int SERIAL_VALUE = 7;

	/**
	 * The '<em><b>HARDWIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Point-to-point analogue or discrete wiring (4-20 mA loop, digital IO): not routable, cannot hold a firewall.
	 * <!-- end-model-doc -->
	 * @see #HARDWIRED
	 * @model literal="hardwired"
	 * @generated
	 * @ordered
	 */
	public static final int HARDWIRED_VALUE = 8;

	/**
	 * The '<em><b>FIELDBUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-routable fieldbus (e.g. PROFIBUS DP, HART, Foundation Fieldbus H1): not routable, cannot hold a firewall.
	 * <!-- end-model-doc -->
	 * @see #FIELDBUS
	 * @model literal="fieldbus"
	 * @generated
	 * @ordered
	 */
	public static final int FIELDBUS_VALUE = 9;

	/**
	 * An array of all the '<em><b>Conduit Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConduitMedium[] VALUES_ARRAY =
		new ConduitMedium[]
		{
			LAN,
			VLAN,
			WAN,
			INTERNET,
			CELLULAR,
			RADIO,
			SATELLITE,
			SERIAL,
			HARDWIRED,
			FIELDBUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Conduit Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConduitMedium> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conduit Medium</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConduitMedium get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConduitMedium result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conduit Medium</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConduitMedium getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConduitMedium result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conduit Medium</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConduitMedium get(int value)
	{
		switch (value)
		{
			case LAN_VALUE: return LAN;
			case VLAN_VALUE: return VLAN;
			case WAN_VALUE: return WAN;
			case INTERNET_VALUE: return INTERNET;
			case CELLULAR_VALUE: return CELLULAR;
			case RADIO_VALUE: return RADIO;
			case SATELLITE_VALUE: return SATELLITE;
			case SERIAL_VALUE: return SERIAL;
			case HARDWIRED_VALUE: return HARDWIRED;
			case FIELDBUS_VALUE: return FIELDBUS;
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
	private ConduitMedium(int value, String name, String literal)
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
	
} //ConduitMedium
