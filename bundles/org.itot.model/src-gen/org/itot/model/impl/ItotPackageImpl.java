/**
 */
package org.itot.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.AttackObjectKind;
import org.itot.model.AttackReference;
import org.itot.model.Bendpoint;
import org.itot.model.Conduit;
import org.itot.model.ConduitMedium;
import org.itot.model.Countermeasure;
import org.itot.model.Criticality;
import org.itot.model.Diagram;
import org.itot.model.EdgeView;
import org.itot.model.FirewallRule;
import org.itot.model.Flow;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ListeningService;
import org.itot.model.ModelElement;
import org.itot.model.NetworkInterface;
import org.itot.model.NetworkScope;
import org.itot.model.NodeView;
import org.itot.model.NoteView;
import org.itot.model.Ownership;
import org.itot.model.Permission;
import org.itot.model.PortRange;
import org.itot.model.Protocol;
import org.itot.model.ProtocolCategory;
import org.itot.model.PurdueLevel;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.RuleSetting;
import org.itot.model.SecurityLevelVector;
import org.itot.model.SeverityOverride;
import org.itot.model.Transport;
import org.itot.model.Waiver;
import org.itot.model.Zone;
import org.itot.model.ZoneKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ItotPackageImpl extends EPackageImpl implements ItotPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkScopeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass architectureModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securityLevelVectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass zoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countermeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listeningServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conduitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permissionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attackReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass waiverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeViewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteViewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeViewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bendpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum purdueLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ownershipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criticalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conduitMediumEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum flowOperationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attackObjectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityOverrideEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.itot.model.ItotPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ItotPackageImpl()
	{
		super(eNS_URI, ItotFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ItotPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ItotPackage init()
	{
		if (isInited) return (ItotPackage)EPackage.Registry.INSTANCE.getEPackage(ItotPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredItotPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ItotPackageImpl theItotPackage = registeredItotPackage instanceof ItotPackageImpl ? (ItotPackageImpl)registeredItotPackage : new ItotPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theItotPackage.createPackageContents();

		// Initialize created meta-data
		theItotPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theItotPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ItotPackage.eNS_URI, theItotPackage);
		return theItotPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement()
	{
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Id()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Name()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description()
	{
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelElement__GetModel()
	{
		return modelElementEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkScope()
	{
		return networkScopeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArchitectureModel()
	{
		return architectureModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_FormatVersion()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_Perimeter()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_AccessPoints()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_OwnerOrganisation()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_Revision()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_AttackVersion()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArchitectureModel_Draft()
	{
		return (EAttribute)architectureModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Zones()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Conduits()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Flows()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Protocols()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Roles()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_AttackReferences()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Waivers()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_RuleSettings()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArchitectureModel_Diagrams()
	{
		return (EReference)architectureModelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getArchitectureModel__GetAllZones()
	{
		return architectureModelEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getArchitectureModel__GetAllAssets()
	{
		return architectureModelEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecurityLevelVector()
	{
		return securityLevelVectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr1()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr2()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr3()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr4()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr5()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr6()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecurityLevelVector_Fr7()
	{
		return (EAttribute)securityLevelVectorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSecurityLevelVector__Fr__int()
	{
		return securityLevelVectorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSecurityLevelVector__IsUniform()
	{
		return securityLevelVectorEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSecurityLevelVector__GetScalar()
	{
		return securityLevelVectorEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSecurityLevelVector__Covers__SecurityLevelVector()
	{
		return securityLevelVectorEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getZone()
	{
		return zoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Kind()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_PurdueLevel()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_SlTarget()
	{
		return (EReference)zoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_SlAchieved()
	{
		return (EReference)zoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_SlAssessment()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Owner()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_AccountableOrganisation()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_SafetyDesignation()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Trusted()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Classified()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_PhysicalBoundary()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_LogicalBoundary()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Site()
	{
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_SubZones()
	{
		return (EReference)zoneEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_Assets()
	{
		return (EReference)zoneEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_Countermeasures()
	{
		return (EReference)zoneEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetParentZone()
	{
		return zoneEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__IsEnterpriseSide()
	{
		return zoneEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__IsIndustrialSide()
	{
		return zoneEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__IsOutsideNetwork()
	{
		return zoneEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__IsExternalLink()
	{
		return zoneEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetEffectiveSite()
	{
		return zoneEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__IsIdmz()
	{
		return zoneEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetLevelRank()
	{
		return zoneEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetSlShortfall()
	{
		return zoneEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetAllAssets()
	{
		return zoneEClass.getEOperations().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetConduits()
	{
		return zoneEClass.getEOperations().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetMinIndependentBarriers()
	{
		return zoneEClass.getEOperations().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getZone__GetMinMonitoredConduits()
	{
		return zoneEClass.getEOperations().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountermeasure()
	{
		return countermeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountermeasure_SlCapability()
	{
		return (EReference)countermeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAsset()
	{
		return assetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Type()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_AdditionalRoles()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_SafetySystem()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Discovered()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_Interfaces()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_SlCapability()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Owner()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Vendor()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_ProductModel()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Firmware()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Criticality()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Location()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_InternetExposed()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Wireless()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_RemoteAccessEnabled()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Mfa()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_DefaultCredentialsChanged()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_HardcodedCredentials()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Inline()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_RedundancyGroup()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_ListeningServices()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_PatchSource()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_AvSource()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_LogsTo()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_AttackAsset()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAsset_FirewallRules()
	{
		return (EReference)assetEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetZone()
	{
		return assetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetInterfaceZones()
	{
		return assetEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__HasRole__AssetType()
	{
		return assetEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsRemoteAccessGateway()
	{
		return assetEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsEntryPoint()
	{
		return assetEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsExternalOrigin()
	{
		return assetEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__ProtectsEnd__Zone()
	{
		return assetEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsEnforcementDevice()
	{
		return assetEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsMonitoringDevice()
	{
		return assetEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsController()
	{
		return assetEClass.getEOperations().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsBusinessAsset()
	{
		return assetEClass.getEOperations().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__IsIacsAsset()
	{
		return assetEClass.getEOperations().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetEnforcedConduits()
	{
		return assetEClass.getEOperations().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetMonitoredConduits()
	{
		return assetEClass.getEOperations().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetOutgoingFlows()
	{
		return assetEClass.getEOperations().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetIncomingFlows()
	{
		return assetEClass.getEOperations().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__EndsWithDenyAll()
	{
		return assetEClass.getEOperations().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__GetUnusedServices()
	{
		return assetEClass.getEOperations().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__Permits__Flow()
	{
		return assetEClass.getEOperations().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkInterface()
	{
		return networkInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Name()
	{
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkInterface_Zone()
	{
		return (EReference)networkInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Addresses()
	{
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Vlan()
	{
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortRange()
	{
		return portRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortRange_Transport()
	{
		return (EAttribute)portRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortRange_From()
	{
		return (EAttribute)portRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortRange_To()
	{
		return (EAttribute)portRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPortRange__Contains__PortRange()
	{
		return portRangeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPortRange__IsSinglePort()
	{
		return portRangeEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListeningService()
	{
		return listeningServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListeningService_Protocol()
	{
		return (EReference)listeningServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListeningService_Ports()
	{
		return (EReference)listeningServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListeningService_Description()
	{
		return (EAttribute)listeningServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocol()
	{
		return protocolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Category()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProtocol_DefaultPorts()
	{
		return (EReference)protocolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Cleartext()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Authenticates()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_IntegrityProtected()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProtocol_SecureVariantOf()
	{
		return (EReference)protocolEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConduit()
	{
		return conduitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_Zones()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_SlTarget()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_EnforcedBy()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_MonitoredBy()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_TerminatedBy()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_Medium()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_Encrypted()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_Authenticated()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_Unidirectional()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_AllowedSource()
	{
		return (EReference)conduitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_Owner()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_AccountableOrganisation()
	{
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__Joins__Zone_Zone()
	{
		return conduitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__GetOtherZone__Zone()
	{
		return conduitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__GetFlows()
	{
		return conduitEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__FacesOutside()
	{
		return conduitEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__GetEndsWithoutEnforcementPoint()
	{
		return conduitEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__IsUntrustedMedium()
	{
		return conduitEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConduit__IsRoutable()
	{
		return conduitEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlow()
	{
		return flowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Source()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Target()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Protocol()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Ports()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Operation()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Purpose()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_RemoteAccess()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Mfa()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_ApprovalRequired()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_Role()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_CarriedBy()
	{
		return (EReference)flowEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Discovered()
	{
		return (EAttribute)flowEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__GetSourceZone()
	{
		return flowEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__GetTargetZone()
	{
		return flowEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__IsFromOutside()
	{
		return flowEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__IsCrossZone()
	{
		return flowEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__IsControllerWrite()
	{
		return flowEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__IsFromAuthorisedWriter()
	{
		return flowEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__GetConduits()
	{
		return flowEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFlow__GetZonePath()
	{
		return flowEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallRule()
	{
		return firewallRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Order()
	{
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Source()
	{
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Destination()
	{
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Protocol()
	{
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Ports()
	{
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Action()
	{
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Logging()
	{
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_JustifiedBy()
	{
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFirewallRule__GetDevice()
	{
		return firewallRuleEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFirewallRule__IsAnyService()
	{
		return firewallRuleEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFirewallRule__Matches__Flow()
	{
		return firewallRuleEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFirewallRule__GetSourceZone()
	{
		return firewallRuleEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFirewallRule__GetDestinationZone()
	{
		return firewallRuleEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole()
	{
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Privileged()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Shared()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_MfaRequired()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Emergency()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Permissions()
	{
		return (EReference)roleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRole__GetFlows()
	{
		return roleEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermission()
	{
		return permissionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermission_Operations()
	{
		return (EAttribute)permissionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermission_Scope()
	{
		return (EReference)permissionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttackReference()
	{
		return attackReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_Kind()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_StixId()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_ExternalId()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_Name()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_AttackVersion()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_RevokedBy()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_Deprecated()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttackReference_Tactics()
	{
		return (EReference)attackReferenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttackReference_MitigatedBy()
	{
		return (EReference)attackReferenceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttackReference_Targets()
	{
		return (EReference)attackReferenceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttackReference_ShortName()
	{
		return (EAttribute)attackReferenceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWaiver()
	{
		return waiverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_FindingId()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_RuleId()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Rationale()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Author()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_AcceptedOn()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_ExpiresOn()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_ElementDigest()
	{
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleSetting()
	{
		return ruleSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_RuleId()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_Enabled()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_Severity()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagram()
	{
		return diagramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Nodes()
	{
		return (EReference)diagramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Edges()
	{
		return (EReference)diagramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeView()
	{
		return nodeViewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeView_Element()
	{
		return (EReference)nodeViewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeView_X()
	{
		return (EAttribute)nodeViewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeView_Y()
	{
		return (EAttribute)nodeViewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeView_Width()
	{
		return (EAttribute)nodeViewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeView_Height()
	{
		return (EAttribute)nodeViewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeView_Collapsed()
	{
		return (EAttribute)nodeViewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNodeView_Children()
	{
		return (EReference)nodeViewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoteView()
	{
		return noteViewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoteView_Text()
	{
		return (EAttribute)noteViewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeView()
	{
		return edgeViewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeView_Element()
	{
		return (EReference)edgeViewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeView_Source()
	{
		return (EReference)edgeViewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeView_Target()
	{
		return (EReference)edgeViewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeView_Bendpoints()
	{
		return (EReference)edgeViewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeView_LabelOffsetX()
	{
		return (EAttribute)edgeViewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeView_LabelOffsetY()
	{
		return (EAttribute)edgeViewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBendpoint()
	{
		return bendpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendpoint_X()
	{
		return (EAttribute)bendpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBendpoint_Y()
	{
		return (EAttribute)bendpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPurdueLevel()
	{
		return purdueLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZoneKind()
	{
		return zoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOwnership()
	{
		return ownershipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetType()
	{
		return assetTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriticality()
	{
		return criticalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConduitMedium()
	{
		return conduitMediumEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFlowOperation()
	{
		return flowOperationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocolCategory()
	{
		return protocolCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransport()
	{
		return transportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleAction()
	{
		return ruleActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttackObjectKind()
	{
		return attackObjectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverityOverride()
	{
		return severityOverrideEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItotFactory getItotFactory()
	{
		return (ItotFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__ID);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__NAME);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);
		createEOperation(modelElementEClass, MODEL_ELEMENT___GET_MODEL);

		networkScopeEClass = createEClass(NETWORK_SCOPE);

		architectureModelEClass = createEClass(ARCHITECTURE_MODEL);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__FORMAT_VERSION);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__PERIMETER);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__ACCESS_POINTS);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__OWNER_ORGANISATION);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__REVISION);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__ATTACK_VERSION);
		createEAttribute(architectureModelEClass, ARCHITECTURE_MODEL__DRAFT);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__ZONES);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__CONDUITS);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__FLOWS);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__PROTOCOLS);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__ROLES);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__ATTACK_REFERENCES);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__WAIVERS);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__RULE_SETTINGS);
		createEReference(architectureModelEClass, ARCHITECTURE_MODEL__DIAGRAMS);
		createEOperation(architectureModelEClass, ARCHITECTURE_MODEL___GET_ALL_ZONES);
		createEOperation(architectureModelEClass, ARCHITECTURE_MODEL___GET_ALL_ASSETS);

		securityLevelVectorEClass = createEClass(SECURITY_LEVEL_VECTOR);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR1);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR2);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR3);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR4);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR5);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR6);
		createEAttribute(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR__FR7);
		createEOperation(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR___FR__INT);
		createEOperation(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR___IS_UNIFORM);
		createEOperation(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR___GET_SCALAR);
		createEOperation(securityLevelVectorEClass, SECURITY_LEVEL_VECTOR___COVERS__SECURITYLEVELVECTOR);

		zoneEClass = createEClass(ZONE);
		createEAttribute(zoneEClass, ZONE__KIND);
		createEAttribute(zoneEClass, ZONE__PURDUE_LEVEL);
		createEReference(zoneEClass, ZONE__SL_TARGET);
		createEReference(zoneEClass, ZONE__SL_ACHIEVED);
		createEAttribute(zoneEClass, ZONE__SL_ASSESSMENT);
		createEAttribute(zoneEClass, ZONE__OWNER);
		createEAttribute(zoneEClass, ZONE__ACCOUNTABLE_ORGANISATION);
		createEAttribute(zoneEClass, ZONE__SAFETY_DESIGNATION);
		createEAttribute(zoneEClass, ZONE__TRUSTED);
		createEAttribute(zoneEClass, ZONE__CLASSIFIED);
		createEAttribute(zoneEClass, ZONE__PHYSICAL_BOUNDARY);
		createEAttribute(zoneEClass, ZONE__LOGICAL_BOUNDARY);
		createEAttribute(zoneEClass, ZONE__SITE);
		createEReference(zoneEClass, ZONE__SUB_ZONES);
		createEReference(zoneEClass, ZONE__ASSETS);
		createEReference(zoneEClass, ZONE__COUNTERMEASURES);
		createEOperation(zoneEClass, ZONE___GET_PARENT_ZONE);
		createEOperation(zoneEClass, ZONE___IS_ENTERPRISE_SIDE);
		createEOperation(zoneEClass, ZONE___IS_INDUSTRIAL_SIDE);
		createEOperation(zoneEClass, ZONE___IS_OUTSIDE_NETWORK);
		createEOperation(zoneEClass, ZONE___IS_EXTERNAL_LINK);
		createEOperation(zoneEClass, ZONE___GET_EFFECTIVE_SITE);
		createEOperation(zoneEClass, ZONE___IS_IDMZ);
		createEOperation(zoneEClass, ZONE___GET_LEVEL_RANK);
		createEOperation(zoneEClass, ZONE___GET_SL_SHORTFALL);
		createEOperation(zoneEClass, ZONE___GET_ALL_ASSETS);
		createEOperation(zoneEClass, ZONE___GET_CONDUITS);
		createEOperation(zoneEClass, ZONE___GET_MIN_INDEPENDENT_BARRIERS);
		createEOperation(zoneEClass, ZONE___GET_MIN_MONITORED_CONDUITS);

		countermeasureEClass = createEClass(COUNTERMEASURE);
		createEReference(countermeasureEClass, COUNTERMEASURE__SL_CAPABILITY);

		assetEClass = createEClass(ASSET);
		createEAttribute(assetEClass, ASSET__TYPE);
		createEAttribute(assetEClass, ASSET__ADDITIONAL_ROLES);
		createEAttribute(assetEClass, ASSET__SAFETY_SYSTEM);
		createEAttribute(assetEClass, ASSET__DISCOVERED);
		createEReference(assetEClass, ASSET__INTERFACES);
		createEReference(assetEClass, ASSET__SL_CAPABILITY);
		createEAttribute(assetEClass, ASSET__OWNER);
		createEAttribute(assetEClass, ASSET__VENDOR);
		createEAttribute(assetEClass, ASSET__PRODUCT_MODEL);
		createEAttribute(assetEClass, ASSET__FIRMWARE);
		createEAttribute(assetEClass, ASSET__CRITICALITY);
		createEAttribute(assetEClass, ASSET__LOCATION);
		createEAttribute(assetEClass, ASSET__INTERNET_EXPOSED);
		createEAttribute(assetEClass, ASSET__WIRELESS);
		createEAttribute(assetEClass, ASSET__REMOTE_ACCESS_ENABLED);
		createEAttribute(assetEClass, ASSET__MFA);
		createEAttribute(assetEClass, ASSET__DEFAULT_CREDENTIALS_CHANGED);
		createEAttribute(assetEClass, ASSET__HARDCODED_CREDENTIALS);
		createEAttribute(assetEClass, ASSET__INLINE);
		createEAttribute(assetEClass, ASSET__REDUNDANCY_GROUP);
		createEReference(assetEClass, ASSET__LISTENING_SERVICES);
		createEReference(assetEClass, ASSET__PATCH_SOURCE);
		createEReference(assetEClass, ASSET__AV_SOURCE);
		createEReference(assetEClass, ASSET__LOGS_TO);
		createEReference(assetEClass, ASSET__ATTACK_ASSET);
		createEReference(assetEClass, ASSET__FIREWALL_RULES);
		createEOperation(assetEClass, ASSET___GET_ZONE);
		createEOperation(assetEClass, ASSET___GET_INTERFACE_ZONES);
		createEOperation(assetEClass, ASSET___HAS_ROLE__ASSETTYPE);
		createEOperation(assetEClass, ASSET___IS_REMOTE_ACCESS_GATEWAY);
		createEOperation(assetEClass, ASSET___IS_ENTRY_POINT);
		createEOperation(assetEClass, ASSET___IS_EXTERNAL_ORIGIN);
		createEOperation(assetEClass, ASSET___PROTECTS_END__ZONE);
		createEOperation(assetEClass, ASSET___IS_ENFORCEMENT_DEVICE);
		createEOperation(assetEClass, ASSET___IS_MONITORING_DEVICE);
		createEOperation(assetEClass, ASSET___IS_CONTROLLER);
		createEOperation(assetEClass, ASSET___IS_BUSINESS_ASSET);
		createEOperation(assetEClass, ASSET___IS_IACS_ASSET);
		createEOperation(assetEClass, ASSET___GET_ENFORCED_CONDUITS);
		createEOperation(assetEClass, ASSET___GET_MONITORED_CONDUITS);
		createEOperation(assetEClass, ASSET___GET_OUTGOING_FLOWS);
		createEOperation(assetEClass, ASSET___GET_INCOMING_FLOWS);
		createEOperation(assetEClass, ASSET___ENDS_WITH_DENY_ALL);
		createEOperation(assetEClass, ASSET___GET_UNUSED_SERVICES);
		createEOperation(assetEClass, ASSET___PERMITS__FLOW);

		networkInterfaceEClass = createEClass(NETWORK_INTERFACE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__NAME);
		createEReference(networkInterfaceEClass, NETWORK_INTERFACE__ZONE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__ADDRESSES);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__VLAN);

		portRangeEClass = createEClass(PORT_RANGE);
		createEAttribute(portRangeEClass, PORT_RANGE__TRANSPORT);
		createEAttribute(portRangeEClass, PORT_RANGE__FROM);
		createEAttribute(portRangeEClass, PORT_RANGE__TO);
		createEOperation(portRangeEClass, PORT_RANGE___CONTAINS__PORTRANGE);
		createEOperation(portRangeEClass, PORT_RANGE___IS_SINGLE_PORT);

		listeningServiceEClass = createEClass(LISTENING_SERVICE);
		createEReference(listeningServiceEClass, LISTENING_SERVICE__PROTOCOL);
		createEReference(listeningServiceEClass, LISTENING_SERVICE__PORTS);
		createEAttribute(listeningServiceEClass, LISTENING_SERVICE__DESCRIPTION);

		protocolEClass = createEClass(PROTOCOL);
		createEAttribute(protocolEClass, PROTOCOL__CATEGORY);
		createEReference(protocolEClass, PROTOCOL__DEFAULT_PORTS);
		createEAttribute(protocolEClass, PROTOCOL__CLEARTEXT);
		createEAttribute(protocolEClass, PROTOCOL__AUTHENTICATES);
		createEAttribute(protocolEClass, PROTOCOL__INTEGRITY_PROTECTED);
		createEReference(protocolEClass, PROTOCOL__SECURE_VARIANT_OF);

		conduitEClass = createEClass(CONDUIT);
		createEReference(conduitEClass, CONDUIT__ZONES);
		createEReference(conduitEClass, CONDUIT__SL_TARGET);
		createEReference(conduitEClass, CONDUIT__ENFORCED_BY);
		createEReference(conduitEClass, CONDUIT__MONITORED_BY);
		createEReference(conduitEClass, CONDUIT__TERMINATED_BY);
		createEAttribute(conduitEClass, CONDUIT__MEDIUM);
		createEAttribute(conduitEClass, CONDUIT__ENCRYPTED);
		createEAttribute(conduitEClass, CONDUIT__AUTHENTICATED);
		createEAttribute(conduitEClass, CONDUIT__UNIDIRECTIONAL);
		createEReference(conduitEClass, CONDUIT__ALLOWED_SOURCE);
		createEAttribute(conduitEClass, CONDUIT__OWNER);
		createEAttribute(conduitEClass, CONDUIT__ACCOUNTABLE_ORGANISATION);
		createEOperation(conduitEClass, CONDUIT___JOINS__ZONE_ZONE);
		createEOperation(conduitEClass, CONDUIT___GET_OTHER_ZONE__ZONE);
		createEOperation(conduitEClass, CONDUIT___GET_FLOWS);
		createEOperation(conduitEClass, CONDUIT___FACES_OUTSIDE);
		createEOperation(conduitEClass, CONDUIT___GET_ENDS_WITHOUT_ENFORCEMENT_POINT);
		createEOperation(conduitEClass, CONDUIT___IS_UNTRUSTED_MEDIUM);
		createEOperation(conduitEClass, CONDUIT___IS_ROUTABLE);

		flowEClass = createEClass(FLOW);
		createEReference(flowEClass, FLOW__SOURCE);
		createEReference(flowEClass, FLOW__TARGET);
		createEReference(flowEClass, FLOW__PROTOCOL);
		createEReference(flowEClass, FLOW__PORTS);
		createEAttribute(flowEClass, FLOW__OPERATION);
		createEAttribute(flowEClass, FLOW__PURPOSE);
		createEAttribute(flowEClass, FLOW__REMOTE_ACCESS);
		createEAttribute(flowEClass, FLOW__MFA);
		createEAttribute(flowEClass, FLOW__APPROVAL_REQUIRED);
		createEReference(flowEClass, FLOW__ROLE);
		createEReference(flowEClass, FLOW__CARRIED_BY);
		createEAttribute(flowEClass, FLOW__DISCOVERED);
		createEOperation(flowEClass, FLOW___GET_SOURCE_ZONE);
		createEOperation(flowEClass, FLOW___GET_TARGET_ZONE);
		createEOperation(flowEClass, FLOW___IS_FROM_OUTSIDE);
		createEOperation(flowEClass, FLOW___IS_CROSS_ZONE);
		createEOperation(flowEClass, FLOW___IS_CONTROLLER_WRITE);
		createEOperation(flowEClass, FLOW___IS_FROM_AUTHORISED_WRITER);
		createEOperation(flowEClass, FLOW___GET_CONDUITS);
		createEOperation(flowEClass, FLOW___GET_ZONE_PATH);

		firewallRuleEClass = createEClass(FIREWALL_RULE);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__ORDER);
		createEReference(firewallRuleEClass, FIREWALL_RULE__SOURCE);
		createEReference(firewallRuleEClass, FIREWALL_RULE__DESTINATION);
		createEReference(firewallRuleEClass, FIREWALL_RULE__PROTOCOL);
		createEReference(firewallRuleEClass, FIREWALL_RULE__PORTS);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__ACTION);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__LOGGING);
		createEReference(firewallRuleEClass, FIREWALL_RULE__JUSTIFIED_BY);
		createEOperation(firewallRuleEClass, FIREWALL_RULE___GET_DEVICE);
		createEOperation(firewallRuleEClass, FIREWALL_RULE___IS_ANY_SERVICE);
		createEOperation(firewallRuleEClass, FIREWALL_RULE___MATCHES__FLOW);
		createEOperation(firewallRuleEClass, FIREWALL_RULE___GET_SOURCE_ZONE);
		createEOperation(firewallRuleEClass, FIREWALL_RULE___GET_DESTINATION_ZONE);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__PRIVILEGED);
		createEAttribute(roleEClass, ROLE__SHARED);
		createEAttribute(roleEClass, ROLE__MFA_REQUIRED);
		createEAttribute(roleEClass, ROLE__EMERGENCY);
		createEReference(roleEClass, ROLE__PERMISSIONS);
		createEOperation(roleEClass, ROLE___GET_FLOWS);

		permissionEClass = createEClass(PERMISSION);
		createEAttribute(permissionEClass, PERMISSION__OPERATIONS);
		createEReference(permissionEClass, PERMISSION__SCOPE);

		attackReferenceEClass = createEClass(ATTACK_REFERENCE);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__KIND);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__STIX_ID);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__EXTERNAL_ID);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__NAME);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__ATTACK_VERSION);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__REVOKED_BY);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__DEPRECATED);
		createEReference(attackReferenceEClass, ATTACK_REFERENCE__TACTICS);
		createEReference(attackReferenceEClass, ATTACK_REFERENCE__MITIGATED_BY);
		createEReference(attackReferenceEClass, ATTACK_REFERENCE__TARGETS);
		createEAttribute(attackReferenceEClass, ATTACK_REFERENCE__SHORT_NAME);

		waiverEClass = createEClass(WAIVER);
		createEAttribute(waiverEClass, WAIVER__FINDING_ID);
		createEAttribute(waiverEClass, WAIVER__RULE_ID);
		createEAttribute(waiverEClass, WAIVER__RATIONALE);
		createEAttribute(waiverEClass, WAIVER__AUTHOR);
		createEAttribute(waiverEClass, WAIVER__ACCEPTED_ON);
		createEAttribute(waiverEClass, WAIVER__EXPIRES_ON);
		createEAttribute(waiverEClass, WAIVER__ELEMENT_DIGEST);

		ruleSettingEClass = createEClass(RULE_SETTING);
		createEAttribute(ruleSettingEClass, RULE_SETTING__RULE_ID);
		createEAttribute(ruleSettingEClass, RULE_SETTING__ENABLED);
		createEAttribute(ruleSettingEClass, RULE_SETTING__SEVERITY);

		diagramEClass = createEClass(DIAGRAM);
		createEReference(diagramEClass, DIAGRAM__NODES);
		createEReference(diagramEClass, DIAGRAM__EDGES);

		nodeViewEClass = createEClass(NODE_VIEW);
		createEReference(nodeViewEClass, NODE_VIEW__ELEMENT);
		createEAttribute(nodeViewEClass, NODE_VIEW__X);
		createEAttribute(nodeViewEClass, NODE_VIEW__Y);
		createEAttribute(nodeViewEClass, NODE_VIEW__WIDTH);
		createEAttribute(nodeViewEClass, NODE_VIEW__HEIGHT);
		createEAttribute(nodeViewEClass, NODE_VIEW__COLLAPSED);
		createEReference(nodeViewEClass, NODE_VIEW__CHILDREN);

		noteViewEClass = createEClass(NOTE_VIEW);
		createEAttribute(noteViewEClass, NOTE_VIEW__TEXT);

		edgeViewEClass = createEClass(EDGE_VIEW);
		createEReference(edgeViewEClass, EDGE_VIEW__ELEMENT);
		createEReference(edgeViewEClass, EDGE_VIEW__SOURCE);
		createEReference(edgeViewEClass, EDGE_VIEW__TARGET);
		createEReference(edgeViewEClass, EDGE_VIEW__BENDPOINTS);
		createEAttribute(edgeViewEClass, EDGE_VIEW__LABEL_OFFSET_X);
		createEAttribute(edgeViewEClass, EDGE_VIEW__LABEL_OFFSET_Y);

		bendpointEClass = createEClass(BENDPOINT);
		createEAttribute(bendpointEClass, BENDPOINT__X);
		createEAttribute(bendpointEClass, BENDPOINT__Y);

		// Create enums
		purdueLevelEEnum = createEEnum(PURDUE_LEVEL);
		zoneKindEEnum = createEEnum(ZONE_KIND);
		ownershipEEnum = createEEnum(OWNERSHIP);
		assetTypeEEnum = createEEnum(ASSET_TYPE);
		criticalityEEnum = createEEnum(CRITICALITY);
		conduitMediumEEnum = createEEnum(CONDUIT_MEDIUM);
		flowOperationEEnum = createEEnum(FLOW_OPERATION);
		protocolCategoryEEnum = createEEnum(PROTOCOL_CATEGORY);
		transportEEnum = createEEnum(TRANSPORT);
		ruleActionEEnum = createEEnum(RULE_ACTION);
		attackObjectKindEEnum = createEEnum(ATTACK_OBJECT_KIND);
		severityOverrideEEnum = createEEnum(SEVERITY_OVERRIDE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		architectureModelEClass.getESuperTypes().add(this.getModelElement());
		zoneEClass.getESuperTypes().add(this.getModelElement());
		zoneEClass.getESuperTypes().add(this.getNetworkScope());
		countermeasureEClass.getESuperTypes().add(this.getModelElement());
		assetEClass.getESuperTypes().add(this.getModelElement());
		assetEClass.getESuperTypes().add(this.getNetworkScope());
		protocolEClass.getESuperTypes().add(this.getModelElement());
		conduitEClass.getESuperTypes().add(this.getModelElement());
		flowEClass.getESuperTypes().add(this.getModelElement());
		firewallRuleEClass.getESuperTypes().add(this.getModelElement());
		roleEClass.getESuperTypes().add(this.getModelElement());
		diagramEClass.getESuperTypes().add(this.getModelElement());
		noteViewEClass.getESuperTypes().add(this.getNodeView());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getModelElement__GetModel(), this.getArchitectureModel(), "getModel", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(networkScopeEClass, NetworkScope.class, "NetworkScope", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(architectureModelEClass, ArchitectureModel.class, "ArchitectureModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArchitectureModel_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_Perimeter(), ecorePackage.getEString(), "perimeter", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_AccessPoints(), ecorePackage.getEString(), "accessPoints", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_OwnerOrganisation(), ecorePackage.getEString(), "ownerOrganisation", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_Revision(), ecorePackage.getEString(), "revision", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_AttackVersion(), ecorePackage.getEString(), "attackVersion", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArchitectureModel_Draft(), ecorePackage.getEBoolean(), "draft", null, 0, 1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Zones(), this.getZone(), null, "zones", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Conduits(), this.getConduit(), null, "conduits", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Flows(), this.getFlow(), null, "flows", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Protocols(), this.getProtocol(), null, "protocols", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Roles(), this.getRole(), null, "roles", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_AttackReferences(), this.getAttackReference(), null, "attackReferences", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Waivers(), this.getWaiver(), null, "waivers", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_RuleSettings(), this.getRuleSetting(), null, "ruleSettings", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArchitectureModel_Diagrams(), this.getDiagram(), null, "diagrams", null, 0, -1, ArchitectureModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getArchitectureModel__GetAllZones(), this.getZone(), "getAllZones", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getArchitectureModel__GetAllAssets(), this.getAsset(), "getAllAssets", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(securityLevelVectorEClass, SecurityLevelVector.class, "SecurityLevelVector", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSecurityLevelVector_Fr1(), ecorePackage.getEInt(), "fr1", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr2(), ecorePackage.getEInt(), "fr2", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr3(), ecorePackage.getEInt(), "fr3", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr4(), ecorePackage.getEInt(), "fr4", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr5(), ecorePackage.getEInt(), "fr5", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr6(), ecorePackage.getEInt(), "fr6", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecurityLevelVector_Fr7(), ecorePackage.getEInt(), "fr7", null, 0, 1, SecurityLevelVector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getSecurityLevelVector__Fr__int(), ecorePackage.getEInt(), "fr", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "index", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getSecurityLevelVector__IsUniform(), ecorePackage.getEBoolean(), "isUniform", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getSecurityLevelVector__GetScalar(), ecorePackage.getEInt(), "getScalar", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSecurityLevelVector__Covers__SecurityLevelVector(), ecorePackage.getEBoolean(), "covers", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getSecurityLevelVector(), "other", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(zoneEClass, Zone.class, "Zone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getZone_Kind(), this.getZoneKind(), "kind", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_PurdueLevel(), this.getPurdueLevel(), "purdueLevel", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_SlTarget(), this.getSecurityLevelVector(), null, "slTarget", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_SlAchieved(), this.getSecurityLevelVector(), null, "slAchieved", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_SlAssessment(), ecorePackage.getEString(), "slAssessment", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Owner(), this.getOwnership(), "owner", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_AccountableOrganisation(), ecorePackage.getEString(), "accountableOrganisation", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_SafetyDesignation(), ecorePackage.getEBoolean(), "safetyDesignation", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Trusted(), ecorePackage.getEBoolean(), "trusted", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Classified(), ecorePackage.getEBoolean(), "classified", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_PhysicalBoundary(), ecorePackage.getEString(), "physicalBoundary", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_LogicalBoundary(), ecorePackage.getEString(), "logicalBoundary", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Site(), ecorePackage.getEString(), "site", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_SubZones(), this.getZone(), null, "subZones", null, 0, -1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_Assets(), this.getAsset(), null, "assets", null, 0, -1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_Countermeasures(), this.getCountermeasure(), null, "countermeasures", null, 0, -1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getZone__GetParentZone(), this.getZone(), "getParentZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__IsEnterpriseSide(), ecorePackage.getEBoolean(), "isEnterpriseSide", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__IsIndustrialSide(), ecorePackage.getEBoolean(), "isIndustrialSide", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__IsOutsideNetwork(), ecorePackage.getEBoolean(), "isOutsideNetwork", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__IsExternalLink(), ecorePackage.getEBoolean(), "isExternalLink", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetEffectiveSite(), ecorePackage.getEString(), "getEffectiveSite", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__IsIdmz(), ecorePackage.getEBoolean(), "isIdmz", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetLevelRank(), ecorePackage.getEInt(), "getLevelRank", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetSlShortfall(), ecorePackage.getEIntegerObject(), "getSlShortfall", 0, -1, !IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetAllAssets(), this.getAsset(), "getAllAssets", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetConduits(), this.getConduit(), "getConduits", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetMinIndependentBarriers(), ecorePackage.getEInt(), "getMinIndependentBarriers", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getZone__GetMinMonitoredConduits(), ecorePackage.getEInt(), "getMinMonitoredConduits", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(countermeasureEClass, Countermeasure.class, "Countermeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCountermeasure_SlCapability(), this.getSecurityLevelVector(), null, "slCapability", null, 0, 1, Countermeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assetEClass, Asset.class, "Asset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAsset_Type(), this.getAssetType(), "type", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_AdditionalRoles(), this.getAssetType(), "additionalRoles", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_SafetySystem(), ecorePackage.getEBoolean(), "safetySystem", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Discovered(), ecorePackage.getEBoolean(), "discovered", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_Interfaces(), this.getNetworkInterface(), null, "interfaces", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_SlCapability(), this.getSecurityLevelVector(), null, "slCapability", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Owner(), this.getOwnership(), "owner", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_ProductModel(), ecorePackage.getEString(), "productModel", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Criticality(), this.getCriticality(), "criticality", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Location(), ecorePackage.getEString(), "location", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_InternetExposed(), ecorePackage.getEBoolean(), "internetExposed", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Wireless(), ecorePackage.getEBoolean(), "wireless", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_RemoteAccessEnabled(), ecorePackage.getEBoolean(), "remoteAccessEnabled", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Mfa(), ecorePackage.getEBoolean(), "mfa", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_DefaultCredentialsChanged(), ecorePackage.getEBoolean(), "defaultCredentialsChanged", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_HardcodedCredentials(), ecorePackage.getEBoolean(), "hardcodedCredentials", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_Inline(), ecorePackage.getEBoolean(), "inline", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAsset_RedundancyGroup(), ecorePackage.getEString(), "redundancyGroup", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_ListeningServices(), this.getListeningService(), null, "listeningServices", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_PatchSource(), this.getAsset(), null, "patchSource", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_AvSource(), this.getAsset(), null, "avSource", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_LogsTo(), this.getAsset(), null, "logsTo", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_AttackAsset(), this.getAttackReference(), null, "attackAsset", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAsset_FirewallRules(), this.getFirewallRule(), null, "firewallRules", null, 0, -1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getAsset__GetZone(), this.getZone(), "getZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetInterfaceZones(), this.getZone(), "getInterfaceZones", 0, -1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAsset__HasRole__AssetType(), ecorePackage.getEBoolean(), "hasRole", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getAssetType(), "role", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsRemoteAccessGateway(), ecorePackage.getEBoolean(), "isRemoteAccessGateway", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsEntryPoint(), ecorePackage.getEBoolean(), "isEntryPoint", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsExternalOrigin(), ecorePackage.getEBoolean(), "isExternalOrigin", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAsset__ProtectsEnd__Zone(), ecorePackage.getEBoolean(), "protectsEnd", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getZone(), "end", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsEnforcementDevice(), ecorePackage.getEBoolean(), "isEnforcementDevice", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsMonitoringDevice(), ecorePackage.getEBoolean(), "isMonitoringDevice", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsController(), ecorePackage.getEBoolean(), "isController", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsBusinessAsset(), ecorePackage.getEBoolean(), "isBusinessAsset", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__IsIacsAsset(), ecorePackage.getEBoolean(), "isIacsAsset", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetEnforcedConduits(), this.getConduit(), "getEnforcedConduits", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetMonitoredConduits(), this.getConduit(), "getMonitoredConduits", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetOutgoingFlows(), this.getFlow(), "getOutgoingFlows", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetIncomingFlows(), this.getFlow(), "getIncomingFlows", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__EndsWithDenyAll(), ecorePackage.getEBoolean(), "endsWithDenyAll", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAsset__GetUnusedServices(), this.getListeningService(), "getUnusedServices", 0, -1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAsset__Permits__Flow(), ecorePackage.getEBoolean(), "permits", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getFlow(), "flow", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(networkInterfaceEClass, NetworkInterface.class, "NetworkInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkInterface_Name(), ecorePackage.getEString(), "name", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkInterface_Zone(), this.getZone(), null, "zone", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Addresses(), ecorePackage.getEString(), "addresses", null, 0, -1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Vlan(), ecorePackage.getEInt(), "vlan", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portRangeEClass, PortRange.class, "PortRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPortRange_Transport(), this.getTransport(), "transport", null, 0, 1, PortRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortRange_From(), ecorePackage.getEInt(), "from", null, 0, 1, PortRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortRange_To(), ecorePackage.getEInt(), "to", null, 0, 1, PortRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPortRange__Contains__PortRange(), ecorePackage.getEBoolean(), "contains", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getPortRange(), "other", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getPortRange__IsSinglePort(), ecorePackage.getEBoolean(), "isSinglePort", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(listeningServiceEClass, ListeningService.class, "ListeningService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getListeningService_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, ListeningService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getListeningService_Ports(), this.getPortRange(), null, "ports", null, 0, -1, ListeningService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListeningService_Description(), ecorePackage.getEString(), "description", null, 0, 1, ListeningService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolEClass, Protocol.class, "Protocol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocol_Category(), this.getProtocolCategory(), "category", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProtocol_DefaultPorts(), this.getPortRange(), null, "defaultPorts", null, 0, -1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_Cleartext(), ecorePackage.getEBoolean(), "cleartext", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_Authenticates(), ecorePackage.getEBoolean(), "authenticates", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_IntegrityProtected(), ecorePackage.getEBoolean(), "integrityProtected", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProtocol_SecureVariantOf(), this.getProtocol(), null, "secureVariantOf", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conduitEClass, Conduit.class, "Conduit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConduit_Zones(), this.getZone(), null, "zones", null, 2, 2, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_SlTarget(), this.getSecurityLevelVector(), null, "slTarget", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_EnforcedBy(), this.getAsset(), null, "enforcedBy", null, 0, -1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_MonitoredBy(), this.getAsset(), null, "monitoredBy", null, 0, -1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_TerminatedBy(), this.getAsset(), null, "terminatedBy", null, 0, -1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_Medium(), this.getConduitMedium(), "medium", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_Encrypted(), ecorePackage.getEBoolean(), "encrypted", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_Authenticated(), ecorePackage.getEBoolean(), "authenticated", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_Unidirectional(), ecorePackage.getEBoolean(), "unidirectional", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_AllowedSource(), this.getZone(), null, "allowedSource", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_Owner(), this.getOwnership(), "owner", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_AccountableOrganisation(), ecorePackage.getEString(), "accountableOrganisation", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getConduit__Joins__Zone_Zone(), ecorePackage.getEBoolean(), "joins", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getZone(), "first", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getZone(), "second", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConduit__GetOtherZone__Zone(), this.getZone(), "getOtherZone", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getZone(), "zone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConduit__GetFlows(), this.getFlow(), "getFlows", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConduit__FacesOutside(), ecorePackage.getEBoolean(), "facesOutside", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConduit__GetEndsWithoutEnforcementPoint(), this.getZone(), "getEndsWithoutEnforcementPoint", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConduit__IsUntrustedMedium(), ecorePackage.getEBoolean(), "isUntrustedMedium", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConduit__IsRoutable(), ecorePackage.getEBoolean(), "isRoutable", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(flowEClass, Flow.class, "Flow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFlow_Source(), this.getAsset(), null, "source", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Target(), this.getAsset(), null, "target", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Ports(), this.getPortRange(), null, "ports", null, 0, -1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Operation(), this.getFlowOperation(), "operation", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_RemoteAccess(), ecorePackage.getEBoolean(), "remoteAccess", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Mfa(), ecorePackage.getEBoolean(), "mfa", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_ApprovalRequired(), ecorePackage.getEBoolean(), "approvalRequired", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_Role(), this.getRole(), null, "role", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_CarriedBy(), this.getAsset(), null, "carriedBy", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Discovered(), ecorePackage.getEBoolean(), "discovered", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getFlow__GetSourceZone(), this.getZone(), "getSourceZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__GetTargetZone(), this.getZone(), "getTargetZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__IsFromOutside(), ecorePackage.getEBoolean(), "isFromOutside", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__IsCrossZone(), ecorePackage.getEBoolean(), "isCrossZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__IsControllerWrite(), ecorePackage.getEBoolean(), "isControllerWrite", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__IsFromAuthorisedWriter(), ecorePackage.getEBoolean(), "isFromAuthorisedWriter", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__GetConduits(), this.getConduit(), "getConduits", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFlow__GetZonePath(), this.getZone(), "getZonePath", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(firewallRuleEClass, FirewallRule.class, "FirewallRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewallRule_Order(), ecorePackage.getEInt(), "order", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Source(), this.getNetworkScope(), null, "source", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Destination(), this.getNetworkScope(), null, "destination", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Ports(), this.getPortRange(), null, "ports", null, 0, -1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallRule_Action(), this.getRuleAction(), "action", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallRule_Logging(), ecorePackage.getEBoolean(), "logging", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_JustifiedBy(), this.getFlow(), null, "justifiedBy", null, 0, -1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getFirewallRule__GetDevice(), this.getAsset(), "getDevice", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFirewallRule__IsAnyService(), ecorePackage.getEBoolean(), "isAnyService", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getFirewallRule__Matches__Flow(), ecorePackage.getEBoolean(), "matches", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getFlow(), "flow", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFirewallRule__GetSourceZone(), this.getZone(), "getSourceZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFirewallRule__GetDestinationZone(), this.getZone(), "getDestinationZone", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Privileged(), ecorePackage.getEBoolean(), "privileged", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Shared(), ecorePackage.getEBoolean(), "shared", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_MfaRequired(), ecorePackage.getEBoolean(), "mfaRequired", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Emergency(), ecorePackage.getEBoolean(), "emergency", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_Permissions(), this.getPermission(), null, "permissions", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getRole__GetFlows(), this.getFlow(), "getFlows", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(permissionEClass, Permission.class, "Permission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPermission_Operations(), this.getFlowOperation(), "operations", null, 0, -1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermission_Scope(), this.getNetworkScope(), null, "scope", null, 0, -1, Permission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attackReferenceEClass, AttackReference.class, "AttackReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttackReference_Kind(), this.getAttackObjectKind(), "kind", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_StixId(), ecorePackage.getEString(), "stixId", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_ExternalId(), ecorePackage.getEString(), "externalId", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_Name(), ecorePackage.getEString(), "name", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_AttackVersion(), ecorePackage.getEString(), "attackVersion", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_RevokedBy(), ecorePackage.getEString(), "revokedBy", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_Deprecated(), ecorePackage.getEBoolean(), "deprecated", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAttackReference_Tactics(), this.getAttackReference(), null, "tactics", null, 0, -1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAttackReference_MitigatedBy(), this.getAttackReference(), null, "mitigatedBy", null, 0, -1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAttackReference_Targets(), this.getAttackReference(), null, "targets", null, 0, -1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttackReference_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, AttackReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(waiverEClass, Waiver.class, "Waiver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWaiver_FindingId(), ecorePackage.getEString(), "findingId", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Author(), ecorePackage.getEString(), "author", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_AcceptedOn(), ecorePackage.getEDate(), "acceptedOn", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_ExpiresOn(), ecorePackage.getEDate(), "expiresOn", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_ElementDigest(), ecorePackage.getEString(), "elementDigest", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleSettingEClass, RuleSetting.class, "RuleSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleSetting_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSetting_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSetting_Severity(), this.getSeverityOverride(), "severity", null, 0, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEClass, Diagram.class, "Diagram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagram_Nodes(), this.getNodeView(), null, "nodes", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Edges(), this.getEdgeView(), null, "edges", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeViewEClass, NodeView.class, "NodeView", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNodeView_Element(), this.getModelElement(), null, "element", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeView_X(), ecorePackage.getEInt(), "x", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeView_Y(), ecorePackage.getEInt(), "y", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeView_Width(), ecorePackage.getEInt(), "width", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeView_Height(), ecorePackage.getEInt(), "height", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeView_Collapsed(), ecorePackage.getEBoolean(), "collapsed", null, 0, 1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNodeView_Children(), this.getNodeView(), null, "children", null, 0, -1, NodeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteViewEClass, NoteView.class, "NoteView", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoteView_Text(), ecorePackage.getEString(), "text", null, 0, 1, NoteView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeViewEClass, EdgeView.class, "EdgeView", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeView_Element(), this.getModelElement(), null, "element", null, 0, 1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeView_Source(), this.getNodeView(), null, "source", null, 0, 1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeView_Target(), this.getNodeView(), null, "target", null, 0, 1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeView_Bendpoints(), this.getBendpoint(), null, "bendpoints", null, 0, -1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeView_LabelOffsetX(), ecorePackage.getEInt(), "labelOffsetX", null, 0, 1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeView_LabelOffsetY(), ecorePackage.getEInt(), "labelOffsetY", null, 0, 1, EdgeView.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bendpointEClass, Bendpoint.class, "Bendpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBendpoint_X(), ecorePackage.getEInt(), "x", null, 0, 1, Bendpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBendpoint_Y(), ecorePackage.getEInt(), "y", null, 0, 1, Bendpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(purdueLevelEEnum, PurdueLevel.class, "PurdueLevel");
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_0);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_1);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_2);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_3);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_35);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_4);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.LEVEL_5);
		addEEnumLiteral(purdueLevelEEnum, PurdueLevel.EXTERNAL);

		initEEnum(zoneKindEEnum, ZoneKind.class, "ZoneKind");
		addEEnumLiteral(zoneKindEEnum, ZoneKind.ENTERPRISE);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SITE_BUSINESS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.IDMZ);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SITE_OPERATIONS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SUPERVISORY);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.BASIC_CONTROL);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.PROCESS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SAFETY);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.WIRELESS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.TRANSIENT);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.REMOTE_ACCESS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.VENDOR_EXTERNAL);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.INTERNET);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.CLOUD);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.WAN);

		initEEnum(ownershipEEnum, Ownership.class, "Ownership");
		addEEnumLiteral(ownershipEEnum, Ownership.UNASSIGNED);
		addEEnumLiteral(ownershipEEnum, Ownership.IT);
		addEEnumLiteral(ownershipEEnum, Ownership.OT);
		addEEnumLiteral(ownershipEEnum, Ownership.JOINT);
		addEEnumLiteral(ownershipEEnum, Ownership.VENDOR);

		initEEnum(assetTypeEEnum, AssetType.class, "AssetType");
		addEEnumLiteral(assetTypeEEnum, AssetType.PLC);
		addEEnumLiteral(assetTypeEEnum, AssetType.RTU);
		addEEnumLiteral(assetTypeEEnum, AssetType.IED);
		addEEnumLiteral(assetTypeEEnum, AssetType.SAFETY_CONTROLLER);
		addEEnumLiteral(assetTypeEEnum, AssetType.DCS_CONTROLLER);
		addEEnumLiteral(assetTypeEEnum, AssetType.PAC);
		addEEnumLiteral(assetTypeEEnum, AssetType.FIELD_IO);
		addEEnumLiteral(assetTypeEEnum, AssetType.SENSOR);
		addEEnumLiteral(assetTypeEEnum, AssetType.ACTUATOR);
		addEEnumLiteral(assetTypeEEnum, AssetType.HMI);
		addEEnumLiteral(assetTypeEEnum, AssetType.CONTROL_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.DATA_HISTORIAN);
		addEEnumLiteral(assetTypeEEnum, AssetType.HISTORIAN_MIRROR);
		addEEnumLiteral(assetTypeEEnum, AssetType.ENGINEERING_WORKSTATION);
		addEEnumLiteral(assetTypeEEnum, AssetType.JUMP_HOST);
		addEEnumLiteral(assetTypeEEnum, AssetType.VPN_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.REMOTE_ACCESS_GATEWAY);
		addEEnumLiteral(assetTypeEEnum, AssetType.FIREWALL);
		addEEnumLiteral(assetTypeEEnum, AssetType.DATA_DIODE);
		addEEnumLiteral(assetTypeEEnum, AssetType.IDS);
		addEEnumLiteral(assetTypeEEnum, AssetType.IPS);
		addEEnumLiteral(assetTypeEEnum, AssetType.NSM_SENSOR);
		addEEnumLiteral(assetTypeEEnum, AssetType.SWITCH);
		addEEnumLiteral(assetTypeEEnum, AssetType.ROUTER);
		addEEnumLiteral(assetTypeEEnum, AssetType.WIRELESS_AP);
		addEEnumLiteral(assetTypeEEnum, AssetType.DOMAIN_CONTROLLER);
		addEEnumLiteral(assetTypeEEnum, AssetType.PATCH_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.AV_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.BACKUP_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.SIEM);
		addEEnumLiteral(assetTypeEEnum, AssetType.SOAR);
		addEEnumLiteral(assetTypeEEnum, AssetType.ERP);
		addEEnumLiteral(assetTypeEEnum, AssetType.MES);
		addEEnumLiteral(assetTypeEEnum, AssetType.MAIL_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.APPLICATION_SERVER);
		addEEnumLiteral(assetTypeEEnum, AssetType.DATA_GATEWAY);
		addEEnumLiteral(assetTypeEEnum, AssetType.REVERSE_PROXY);
		addEEnumLiteral(assetTypeEEnum, AssetType.FILE_TRANSFER_BROKER);
		addEEnumLiteral(assetTypeEEnum, AssetType.WORKSTATION);
		addEEnumLiteral(assetTypeEEnum, AssetType.TRANSIENT_DEVICE);
		addEEnumLiteral(assetTypeEEnum, AssetType.CLOUD_SERVICE);
		addEEnumLiteral(assetTypeEEnum, AssetType.MODEM);
		addEEnumLiteral(assetTypeEEnum, AssetType.EXTERNAL_ENTITY);
		addEEnumLiteral(assetTypeEEnum, AssetType.PROTOCOL_GATEWAY);

		initEEnum(criticalityEEnum, Criticality.class, "Criticality");
		addEEnumLiteral(criticalityEEnum, Criticality.UNSPECIFIED);
		addEEnumLiteral(criticalityEEnum, Criticality.LOW);
		addEEnumLiteral(criticalityEEnum, Criticality.MEDIUM);
		addEEnumLiteral(criticalityEEnum, Criticality.HIGH);
		addEEnumLiteral(criticalityEEnum, Criticality.CRITICAL);

		initEEnum(conduitMediumEEnum, ConduitMedium.class, "ConduitMedium");
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.LAN);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.VLAN);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.WAN);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.INTERNET);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.CELLULAR);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.RADIO);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.SATELLITE);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.SERIAL);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.HARDWIRED);
		addEEnumLiteral(conduitMediumEEnum, ConduitMedium.FIELDBUS);

		initEEnum(flowOperationEEnum, FlowOperation.class, "FlowOperation");
		addEEnumLiteral(flowOperationEEnum, FlowOperation.READ);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.WRITE);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.PROGRAM_DOWNLOAD);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.FIRMWARE_UPDATE);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.MODE_CHANGE);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.FILE_TRANSFER);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.INTERACTIVE_SESSION);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.REPLICATION);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.LOGGING);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.PATCH);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.AUTHENTICATION);
		addEEnumLiteral(flowOperationEEnum, FlowOperation.TIME);

		initEEnum(protocolCategoryEEnum, ProtocolCategory.class, "ProtocolCategory");
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.INDUSTRIAL);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.REMOTE_ADMIN);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.FILE_TRANSFER);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.WEB);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.DIRECTORY);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.MANAGEMENT);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.LOGGING);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.TIME);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.MESSAGING);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.DATABASE);
		addEEnumLiteral(protocolCategoryEEnum, ProtocolCategory.OTHER);

		initEEnum(transportEEnum, Transport.class, "Transport");
		addEEnumLiteral(transportEEnum, Transport.TCP);
		addEEnumLiteral(transportEEnum, Transport.UDP);
		addEEnumLiteral(transportEEnum, Transport.ANY);

		initEEnum(ruleActionEEnum, RuleAction.class, "RuleAction");
		addEEnumLiteral(ruleActionEEnum, RuleAction.ALLOW);
		addEEnumLiteral(ruleActionEEnum, RuleAction.DENY);

		initEEnum(attackObjectKindEEnum, AttackObjectKind.class, "AttackObjectKind");
		addEEnumLiteral(attackObjectKindEEnum, AttackObjectKind.TECHNIQUE);
		addEEnumLiteral(attackObjectKindEEnum, AttackObjectKind.TACTIC);
		addEEnumLiteral(attackObjectKindEEnum, AttackObjectKind.MITIGATION);
		addEEnumLiteral(attackObjectKindEEnum, AttackObjectKind.ASSET);

		initEEnum(severityOverrideEEnum, SeverityOverride.class, "SeverityOverride");
		addEEnumLiteral(severityOverrideEEnum, SeverityOverride.DEFAULT);
		addEEnumLiteral(severityOverrideEEnum, SeverityOverride.ERROR);
		addEEnumLiteral(severityOverrideEEnum, SeverityOverride.WARNING);
		addEEnumLiteral(severityOverrideEEnum, SeverityOverride.INFO);

		// Create resource
		createResource(eNS_URI);
	}

} //ItotPackageImpl
