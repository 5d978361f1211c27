/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Protocol Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Family of a protocol, as the rules classify it.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getProtocolCategory()
 * @model
 * @generated
 */
public enum ProtocolCategory implements Enumerator
{
	/**
	 * The '<em><b>INDUSTRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL(0, "INDUSTRIAL", "industrial"),

	/**
	 * The '<em><b>REMOTE ADMIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ADMIN_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ADMIN(1, "REMOTE_ADMIN", "remoteAdmin"),

	/**
	 * The '<em><b>FILE TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_TRANSFER(2, "FILE_TRANSFER", "fileTransfer"),

	/**
	 * The '<em><b>WEB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_VALUE
	 * @generated
	 * @ordered
	 */
	WEB(3, "WEB", "web"),

	/**
	 * The '<em><b>DIRECTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTORY(4, "DIRECTORY", "directory"),

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT(5, "MANAGEMENT", "management"),

	/**
	 * The '<em><b>LOGGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGING_VALUE
	 * @generated
	 * @ordered
	 */
	LOGGING(6, "LOGGING", "logging"),

	/**
	 * The '<em><b>TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_VALUE
	 * @generated
	 * @ordered
	 */
	TIME(7, "TIME", "time"),

	/**
	 * The '<em><b>MESSAGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGING_VALUE
	 * @generated
	 * @ordered
	 */
	MESSAGING(8, "MESSAGING", "messaging"),

	/**
	 * The '<em><b>DATABASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATABASE(9, "DATABASE", "database"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "other");

	/**
	 * The '<em><b>INDUSTRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL
	 * @model literal="industrial"
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_VALUE = 0;

	/**
	 * The '<em><b>REMOTE ADMIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ADMIN
	 * @model literal="remoteAdmin"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ADMIN_VALUE = 1;

	/**
	 * The '<em><b>FILE TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER
	 * @model literal="fileTransfer"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_TRANSFER_VALUE = 2;

	/**
	 * The '<em><b>WEB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB
	 * @model literal="web"
	 * @generated
	 * @ordered
	 */
	public static final int WEB_VALUE = 3;

	/**
	 * The '<em><b>DIRECTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY
	 * @model literal="directory"
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTORY_VALUE = 4;

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT
	 * @model literal="management"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_VALUE = 5;

	/**
	 * The '<em><b>LOGGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGING
	 * @model literal="logging"
	 * @generated
	 * @ordered
	 */
	public static final int LOGGING_VALUE = 6;

	/**
	 * The '<em><b>TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME
	 * @model literal="time"
	 * @generated
	 * @ordered
	 */
	public static final int TIME_VALUE = 7;

	/**
	 * The '<em><b>MESSAGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGING
	 * @model literal="messaging"
	 * @generated
	 * @ordered
	 */
	public static final int MESSAGING_VALUE = 8;

	/**
	 * The '<em><b>DATABASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE
	 * @model literal="database"
	 * @generated
	 * @ordered
	 */
	public static final int DATABASE_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Protocol Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProtocolCategory[] VALUES_ARRAY =
		new ProtocolCategory[]
		{
			INDUSTRIAL,
			REMOTE_ADMIN,
			FILE_TRANSFER,
			WEB,
			DIRECTORY,
			MANAGEMENT,
			LOGGING,
			TIME,
			MESSAGING,
			DATABASE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Protocol Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProtocolCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Protocol Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolCategory get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProtocolCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolCategory getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProtocolCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolCategory get(int value)
	{
		switch (value)
		{
			case INDUSTRIAL_VALUE: return INDUSTRIAL;
			case REMOTE_ADMIN_VALUE: return REMOTE_ADMIN;
			case FILE_TRANSFER_VALUE: return FILE_TRANSFER;
			case WEB_VALUE: return WEB;
			case DIRECTORY_VALUE: return DIRECTORY;
			case MANAGEMENT_VALUE: return MANAGEMENT;
			case LOGGING_VALUE: return LOGGING;
			case TIME_VALUE: return TIME;
			case MESSAGING_VALUE: return MESSAGING;
			case DATABASE_VALUE: return DATABASE;
			case OTHER_VALUE: return OTHER;
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
	private ProtocolCategory(int value, String name, String literal)
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
	
} //ProtocolCategory
