/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Zone Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a zone is for (IEC 62443-3-2 zone categories plus the external networks a plant touches).
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getZoneKind()
 * @model
 * @generated
 */
public enum ZoneKind implements Enumerator
{
	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE(0, "ENTERPRISE", "enterprise"),

	/**
	 * The '<em><b>SITE BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_BUSINESS(1, "SITE_BUSINESS", "siteBusiness"),

	/**
	 * The '<em><b>IDMZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDMZ_VALUE
	 * @generated
	 * @ordered
	 */
	IDMZ(2, "IDMZ", "idmz"),

	/**
	 * The '<em><b>SITE OPERATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_OPERATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_OPERATIONS(3, "SITE_OPERATIONS", "siteOperations"),

	/**
	 * The '<em><b>SUPERVISORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISORY_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISORY(4, "SUPERVISORY", "supervisory"),

	/**
	 * The '<em><b>BASIC CONTROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC_CONTROL(5, "BASIC_CONTROL", "basicControl"),

	/**
	 * The '<em><b>PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS(6, "PROCESS", "process"),

	/**
	 * The '<em><b>SAFETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY(7, "SAFETY", "safety"),

	/**
	 * The '<em><b>WIRELESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS(8, "WIRELESS", "wireless"),

	/**
	 * The '<em><b>TRANSIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIENT_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSIENT(9, "TRANSIENT", "transient"),

	/**
	 * The '<em><b>REMOTE ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ACCESS(10, "REMOTE_ACCESS", "remoteAccess"),

	/**
	 * The '<em><b>VENDOR EXTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR_EXTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	VENDOR_EXTERNAL(11, "VENDOR_EXTERNAL", "vendorExternal"),

	/**
	 * The '<em><b>INTERNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(12, "INTERNET", "internet"),

	/**
	 * The '<em><b>CLOUD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD(13, "CLOUD", "cloud"),

	/**
	 * The '<em><b>WAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_VALUE
	 * @generated
	 * @ordered
	 */
	WAN(14, "WAN", "wan");

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE
	 * @model literal="enterprise"
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_VALUE = 0;

	/**
	 * The '<em><b>SITE BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_BUSINESS
	 * @model literal="siteBusiness"
	 * @generated
	 * @ordered
	 */
	public static final int SITE_BUSINESS_VALUE = 1;

	/**
	 * The '<em><b>IDMZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDMZ
	 * @model literal="idmz"
	 * @generated
	 * @ordered
	 */
	public static final int IDMZ_VALUE = 2;

	/**
	 * The '<em><b>SITE OPERATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_OPERATIONS
	 * @model literal="siteOperations"
	 * @generated
	 * @ordered
	 */
	public static final int SITE_OPERATIONS_VALUE = 3;

	/**
	 * The '<em><b>SUPERVISORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISORY
	 * @model literal="supervisory"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISORY_VALUE = 4;

	/**
	 * The '<em><b>BASIC CONTROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_CONTROL
	 * @model literal="basicControl"
	 * @generated
	 * @ordered
	 */
	public static final int BASIC_CONTROL_VALUE = 5;

	/**
	 * The '<em><b>PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS
	 * @model literal="process"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_VALUE = 6;

	/**
	 * The '<em><b>SAFETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY
	 * @model literal="safety"
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_VALUE = 7;

	/**
	 * The '<em><b>WIRELESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS
	 * @model literal="wireless"
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_VALUE = 8;

	/**
	 * The '<em><b>TRANSIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSIENT
	 * @model literal="transient"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSIENT_VALUE = 9;

	/**
	 * The '<em><b>REMOTE ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS
	 * @model literal="remoteAccess"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ACCESS_VALUE = 10;

	/**
	 * The '<em><b>VENDOR EXTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR_EXTERNAL
	 * @model literal="vendorExternal"
	 * @generated
	 * @ordered
	 */
	public static final int VENDOR_EXTERNAL_VALUE = 11;

	/**
	 * The '<em><b>INTERNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET
	 * @model literal="internet"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 12;

	/**
	 * The '<em><b>CLOUD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD
	 * @model literal="cloud"
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_VALUE = 13;

	/**
	 * The '<em><b>WAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN
	 * @model literal="wan"
	 * @generated
	 * @ordered
	 */
	public static final int WAN_VALUE = 14;

	/**
	 * An array of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ZoneKind[] VALUES_ARRAY =
		new ZoneKind[]
		{
			ENTERPRISE,
			SITE_BUSINESS,
			IDMZ,
			SITE_OPERATIONS,
			SUPERVISORY,
			BASIC_CONTROL,
			PROCESS,
			SAFETY,
			WIRELESS,
			TRANSIENT,
			REMOTE_ACCESS,
			VENDOR_EXTERNAL,
			INTERNET,
			CLOUD,
			WAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ZoneKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ZoneKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ZoneKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(int value)
	{
		switch (value)
		{
			case ENTERPRISE_VALUE: return ENTERPRISE;
			case SITE_BUSINESS_VALUE: return SITE_BUSINESS;
			case IDMZ_VALUE: return IDMZ;
			case SITE_OPERATIONS_VALUE: return SITE_OPERATIONS;
			case SUPERVISORY_VALUE: return SUPERVISORY;
			case BASIC_CONTROL_VALUE: return BASIC_CONTROL;
			case PROCESS_VALUE: return PROCESS;
			case SAFETY_VALUE: return SAFETY;
			case WIRELESS_VALUE: return WIRELESS;
			case TRANSIENT_VALUE: return TRANSIENT;
			case REMOTE_ACCESS_VALUE: return REMOTE_ACCESS;
			case VENDOR_EXTERNAL_VALUE: return VENDOR_EXTERNAL;
			case INTERNET_VALUE: return INTERNET;
			case CLOUD_VALUE: return CLOUD;
			case WAN_VALUE: return WAN;
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
	private ZoneKind(int value, String name, String literal)
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
	
} //ZoneKind
