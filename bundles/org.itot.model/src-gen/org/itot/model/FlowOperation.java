/**
 */
package org.itot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Flow Operation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a flow does to its target.
 * <!-- end-model-doc -->
 * @see org.itot.model.ItotPackage#getFlowOperation()
 * @model
 * @generated
 */
public enum FlowOperation implements Enumerator
{
	/**
	 * The '<em><b>READ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_VALUE
	 * @generated
	 * @ordered
	 */
	READ(0, "READ", "read"),

	/**
	 * The '<em><b>WRITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VALUE
	 * @generated
	 * @ordered
	 */
	WRITE(1, "WRITE", "write"),

	/**
	 * The '<em><b>PROGRAM DOWNLOAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAM_DOWNLOAD_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAM_DOWNLOAD(2, "PROGRAM_DOWNLOAD", "programDownload"),

	/**
	 * The '<em><b>FIRMWARE UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRMWARE_UPDATE(3, "FIRMWARE_UPDATE", "firmwareUpdate"),

	/**
	 * The '<em><b>MODE CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODE_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	MODE_CHANGE(4, "MODE_CHANGE", "modeChange"),

	/**
	 * The '<em><b>FILE TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_TRANSFER(5, "FILE_TRANSFER", "fileTransfer"),

	/**
	 * The '<em><b>INTERACTIVE SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTIVE_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERACTIVE_SESSION(6, "INTERACTIVE_SESSION", "interactiveSession"),

	/**
	 * The '<em><b>REPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	REPLICATION(7, "REPLICATION", "replication"),

	/**
	 * The '<em><b>LOGGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGING_VALUE
	 * @generated
	 * @ordered
	 */
	LOGGING(8, "LOGGING", "logging"),

	/**
	 * The '<em><b>PATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATCH_VALUE
	 * @generated
	 * @ordered
	 */
	PATCH(9, "PATCH", "patch"),

	/**
	 * The '<em><b>AUTHENTICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHENTICATION_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHENTICATION(10, "AUTHENTICATION", "authentication"),

	/**
	 * The '<em><b>TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_VALUE
	 * @generated
	 * @ordered
	 */
	TIME(11, "TIME", "time");

	/**
	 * The '<em><b>READ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ
	 * @model literal="read"
	 * @generated
	 * @ordered
	 */
	public static final int READ_VALUE = 0;

	/**
	 * The '<em><b>WRITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE
	 * @model literal="write"
	 * @generated
	 * @ordered
	 */
	public static final int WRITE_VALUE = 1;

	/**
	 * The '<em><b>PROGRAM DOWNLOAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRAM_DOWNLOAD
	 * @model literal="programDownload"
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAM_DOWNLOAD_VALUE = 2;

	/**
	 * The '<em><b>FIRMWARE UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE_UPDATE
	 * @model literal="firmwareUpdate"
	 * @generated
	 * @ordered
	 */
	public static final int FIRMWARE_UPDATE_VALUE = 3;

	/**
	 * The '<em><b>MODE CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODE_CHANGE
	 * @model literal="modeChange"
	 * @generated
	 * @ordered
	 */
	public static final int MODE_CHANGE_VALUE = 4;

	/**
	 * The '<em><b>FILE TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_TRANSFER
	 * @model literal="fileTransfer"
	 * @generated
	 * @ordered
	 */
	public static final int FILE_TRANSFER_VALUE = 5;

	/**
	 * The '<em><b>INTERACTIVE SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERACTIVE_SESSION
	 * @model literal="interactiveSession"
	 * @generated
	 * @ordered
	 */
	public static final int INTERACTIVE_SESSION_VALUE = 6;

	/**
	 * The '<em><b>REPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION
	 * @model literal="replication"
	 * @generated
	 * @ordered
	 */
	public static final int REPLICATION_VALUE = 7;

	/**
	 * The '<em><b>LOGGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGING
	 * @model literal="logging"
	 * @generated
	 * @ordered
	 */
	public static final int LOGGING_VALUE = 8;

	/**
	 * The '<em><b>PATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATCH
	 * @model literal="patch"
	 * @generated
	 * @ordered
	 */
	public static final int PATCH_VALUE = 9;

	/**
	 * The '<em><b>AUTHENTICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHENTICATION
	 * @model literal="authentication"
	 * @generated
	 * @ordered
	 */
	public static final int AUTHENTICATION_VALUE = 10;

	/**
	 * The '<em><b>TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME
	 * @model literal="time"
	 * @generated
	 * @ordered
	 */
	public static final int TIME_VALUE = 11;

	/**
	 * An array of all the '<em><b>Flow Operation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FlowOperation[] VALUES_ARRAY =
		new FlowOperation[]
		{
			READ,
			WRITE,
			PROGRAM_DOWNLOAD,
			FIRMWARE_UPDATE,
			MODE_CHANGE,
			FILE_TRANSFER,
			INTERACTIVE_SESSION,
			REPLICATION,
			LOGGING,
			PATCH,
			AUTHENTICATION,
			TIME,
		};

	/**
	 * A public read-only list of all the '<em><b>Flow Operation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FlowOperation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Flow Operation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowOperation get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FlowOperation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Flow Operation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowOperation getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FlowOperation result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Flow Operation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FlowOperation get(int value)
	{
		switch (value)
		{
			case READ_VALUE: return READ;
			case WRITE_VALUE: return WRITE;
			case PROGRAM_DOWNLOAD_VALUE: return PROGRAM_DOWNLOAD;
			case FIRMWARE_UPDATE_VALUE: return FIRMWARE_UPDATE;
			case MODE_CHANGE_VALUE: return MODE_CHANGE;
			case FILE_TRANSFER_VALUE: return FILE_TRANSFER;
			case INTERACTIVE_SESSION_VALUE: return INTERACTIVE_SESSION;
			case REPLICATION_VALUE: return REPLICATION;
			case LOGGING_VALUE: return LOGGING;
			case PATCH_VALUE: return PATCH;
			case AUTHENTICATION_VALUE: return AUTHENTICATION;
			case TIME_VALUE: return TIME;
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
	private FlowOperation(int value, String name, String literal)
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
	
} //FlowOperation
