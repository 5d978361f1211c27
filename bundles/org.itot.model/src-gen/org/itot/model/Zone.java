/**
 */
package org.itot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A security zone (IEC 62443-3-2): assets with common security requirements, at one Purdue level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itot.model.Zone#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itot.model.Zone#getPurdueLevel <em>Purdue Level</em>}</li>
 *   <li>{@link org.itot.model.Zone#getSlTarget <em>Sl Target</em>}</li>
 *   <li>{@link org.itot.model.Zone#getSlAchieved <em>Sl Achieved</em>}</li>
 *   <li>{@link org.itot.model.Zone#getSlAssessment <em>Sl Assessment</em>}</li>
 *   <li>{@link org.itot.model.Zone#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.itot.model.Zone#getAccountableOrganisation <em>Accountable Organisation</em>}</li>
 *   <li>{@link org.itot.model.Zone#isSafetyDesignation <em>Safety Designation</em>}</li>
 *   <li>{@link org.itot.model.Zone#isTrusted <em>Trusted</em>}</li>
 *   <li>{@link org.itot.model.Zone#isClassified <em>Classified</em>}</li>
 *   <li>{@link org.itot.model.Zone#getPhysicalBoundary <em>Physical Boundary</em>}</li>
 *   <li>{@link org.itot.model.Zone#getLogicalBoundary <em>Logical Boundary</em>}</li>
 *   <li>{@link org.itot.model.Zone#getSite <em>Site</em>}</li>
 *   <li>{@link org.itot.model.Zone#getSubZones <em>Sub Zones</em>}</li>
 *   <li>{@link org.itot.model.Zone#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.itot.model.Zone#getCountermeasures <em>Countermeasures</em>}</li>
 * </ul>
 *
 * @see org.itot.model.ItotPackage#getZone()
 * @model
 * @generated
 */
public interface Zone extends ModelElement, NetworkScope
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.ZoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.itot.model.ZoneKind
	 * @see #setKind(ZoneKind)
	 * @see org.itot.model.ItotPackage#getZone_Kind()
	 * @model
	 * @generated
	 */
	ZoneKind getKind();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.itot.model.ZoneKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ZoneKind value);

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
	 * Returns the value of the '<em><b>Sl Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target security level SL-T.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sl Target</em>' containment reference.
	 * @see #setSlTarget(SecurityLevelVector)
	 * @see org.itot.model.ItotPackage#getZone_SlTarget()
	 * @model containment="true"
	 * @generated
	 */
	SecurityLevelVector getSlTarget();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getSlTarget <em>Sl Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Target</em>' containment reference.
	 * @see #getSlTarget()
	 * @generated
	 */
	void setSlTarget(SecurityLevelVector value);

	/**
	 * Returns the value of the '<em><b>Sl Achieved</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Achieved security level SL-A, as recorded by the latest assessment (unset = not assessed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sl Achieved</em>' containment reference.
	 * @see #setSlAchieved(SecurityLevelVector)
	 * @see org.itot.model.ItotPackage#getZone_SlAchieved()
	 * @model containment="true"
	 * @generated
	 */
	SecurityLevelVector getSlAchieved();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getSlAchieved <em>Sl Achieved</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Achieved</em>' containment reference.
	 * @see #getSlAchieved()
	 * @generated
	 */
	void setSlAchieved(SecurityLevelVector value);

	/**
	 * Returns the value of the '<em><b>Sl Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which assessment recorded SL-A (reference, assessor, date).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sl Assessment</em>' attribute.
	 * @see #setSlAssessment(String)
	 * @see org.itot.model.ItotPackage#getZone_SlAssessment()
	 * @model
	 * @generated
	 */
	String getSlAssessment();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getSlAssessment <em>Sl Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sl Assessment</em>' attribute.
	 * @see #getSlAssessment()
	 * @generated
	 */
	void setSlAssessment(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itot.model.Ownership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #setOwner(Ownership)
	 * @see org.itot.model.ItotPackage#getZone_Owner()
	 * @model
	 * @generated
	 */
	Ownership getOwner();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.itot.model.Ownership
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Ownership value);

	/**
	 * Returns the value of the '<em><b>Accountable Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accountable Organisation</em>' attribute.
	 * @see #setAccountableOrganisation(String)
	 * @see org.itot.model.ItotPackage#getZone_AccountableOrganisation()
	 * @model
	 * @generated
	 */
	String getAccountableOrganisation();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getAccountableOrganisation <em>Accountable Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountable Organisation</em>' attribute.
	 * @see #getAccountableOrganisation()
	 * @generated
	 */
	void setAccountableOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Safety Designation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone holds safety-related assets (ZCR 3.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Safety Designation</em>' attribute.
	 * @see #setSafetyDesignation(boolean)
	 * @see org.itot.model.ItotPackage#getZone_SafetyDesignation()
	 * @model
	 * @generated
	 */
	boolean isSafetyDesignation();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#isSafetyDesignation <em>Safety Designation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety Designation</em>' attribute.
	 * @see #isSafetyDesignation()
	 * @generated
	 */
	void setSafetyDesignation(boolean value);

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
	 * Returns the value of the '<em><b>Classified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Classified zones may receive traffic through a data diode from less critical zones (BND-06).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classified</em>' attribute.
	 * @see #setClassified(boolean)
	 * @see org.itot.model.ItotPackage#getZone_Classified()
	 * @model
	 * @generated
	 */
	boolean isClassified();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#isClassified <em>Classified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classified</em>' attribute.
	 * @see #isClassified()
	 * @generated
	 */
	void setClassified(boolean value);

	/**
	 * Returns the value of the '<em><b>Physical Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Boundary</em>' attribute.
	 * @see #setPhysicalBoundary(String)
	 * @see org.itot.model.ItotPackage#getZone_PhysicalBoundary()
	 * @model
	 * @generated
	 */
	String getPhysicalBoundary();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getPhysicalBoundary <em>Physical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Boundary</em>' attribute.
	 * @see #getPhysicalBoundary()
	 * @generated
	 */
	void setPhysicalBoundary(String value);

	/**
	 * Returns the value of the '<em><b>Logical Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Boundary</em>' attribute.
	 * @see #setLogicalBoundary(String)
	 * @see org.itot.model.ItotPackage#getZone_LogicalBoundary()
	 * @model
	 * @generated
	 */
	String getLogicalBoundary();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getLogicalBoundary <em>Logical Boundary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logical Boundary</em>' attribute.
	 * @see #getLogicalBoundary()
	 * @generated
	 */
	void setLogicalBoundary(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical site or location the zone is at (a plant, a substation, a control centre). Each end of an untrusted-medium conduit needs its own enforcement point at its site (BND-07). Unset: the zone is its own site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.itot.model.ItotPackage#getZone_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.itot.model.Zone#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Sub Zones</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Zone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Zones</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getZone_SubZones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Zone> getSubZones();

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

	/**
	 * Returns the value of the '<em><b>Countermeasures</b></em>' containment reference list.
	 * The list contents are of type {@link org.itot.model.Countermeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Countermeasures</em>' containment reference list.
	 * @see org.itot.model.ItotPackage#getZone_Countermeasures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Countermeasure> getCountermeasures();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Zone getParentZone();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level 4/5, external, Internet, cloud, WAN or vendor networks.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isEnterpriseSide();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Levels 0-3 (the industrial DMZ is neither side).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isIndustrialSide();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network outside the plant's control: the Internet, a cloud, a vendor or other external zone, or the external Purdue level (EXT rules, SEG-09, attack-path entries).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isOutsideNetwork();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An outside network or a WAN zone: where external links (modems, WAN and partner lines) are modelled.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isExternalLink();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone's site, or its parent zone's when unset; null when no zone up the chain records one (BND-07).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getEffectiveSite();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isIdmz();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Purdue level times ten (0..50, 35 for the iDMZ, 60 external) for comparisons in OCL.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	int getLevelRank();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The FRs (1-7) in which the achievable SL (max of the weakest own asset's SL-C and the best countermeasure's SL-C) is below SL-T: the SL-03 finding and the gap table's design gaps.
	 * <!-- end-model-doc -->
	 * @model kind="operation" unique="false"
	 * @generated
	 */
	EList<Integer> getSlShortfall();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assets of this zone and all its sub-zones.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Asset> getAllAssets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conduits that have this zone as one of their two ends.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	EList<Conduit> getConduits();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Over every path from an enterprise-side zone to this zone (conduits; with the validator loaded also flows and dual-homed hosts, from the attack-path analysis), the fewest independent enforcement points (an HA pair counts once); -1 when no such path exists.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	int getMinIndependentBarriers();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Over every path from an enterprise-side zone to this zone (as for getMinIndependentBarriers), the fewest monitored conduits; -1 when no such path exists.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	int getMinMonitoredConduits();

} // Zone
