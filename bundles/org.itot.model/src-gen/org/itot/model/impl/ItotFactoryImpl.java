/**
 */
package org.itot.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.itot.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ItotFactoryImpl extends EFactoryImpl implements ItotFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ItotFactory init()
	{
		try
		{
			ItotFactory theItotFactory = (ItotFactory)EPackage.Registry.INSTANCE.getEFactory(ItotPackage.eNS_URI);
			if (theItotFactory != null)
			{
				return theItotFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ItotFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItotFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case ItotPackage.ARCHITECTURE_MODEL: return createArchitectureModel();
			case ItotPackage.SECURITY_LEVEL_VECTOR: return createSecurityLevelVector();
			case ItotPackage.ZONE: return createZone();
			case ItotPackage.COUNTERMEASURE: return createCountermeasure();
			case ItotPackage.ASSET: return createAsset();
			case ItotPackage.NETWORK_INTERFACE: return createNetworkInterface();
			case ItotPackage.PORT_RANGE: return createPortRange();
			case ItotPackage.LISTENING_SERVICE: return createListeningService();
			case ItotPackage.PROTOCOL: return createProtocol();
			case ItotPackage.CONDUIT: return createConduit();
			case ItotPackage.FLOW: return createFlow();
			case ItotPackage.FIREWALL_RULE: return createFirewallRule();
			case ItotPackage.ROLE: return createRole();
			case ItotPackage.PERMISSION: return createPermission();
			case ItotPackage.ATTACK_REFERENCE: return createAttackReference();
			case ItotPackage.WAIVER: return createWaiver();
			case ItotPackage.RULE_SETTING: return createRuleSetting();
			case ItotPackage.DIAGRAM: return createDiagram();
			case ItotPackage.NODE_VIEW: return createNodeView();
			case ItotPackage.NOTE_VIEW: return createNoteView();
			case ItotPackage.EDGE_VIEW: return createEdgeView();
			case ItotPackage.BENDPOINT: return createBendpoint();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ItotPackage.PURDUE_LEVEL:
				return createPurdueLevelFromString(eDataType, initialValue);
			case ItotPackage.ZONE_KIND:
				return createZoneKindFromString(eDataType, initialValue);
			case ItotPackage.OWNERSHIP:
				return createOwnershipFromString(eDataType, initialValue);
			case ItotPackage.ASSET_TYPE:
				return createAssetTypeFromString(eDataType, initialValue);
			case ItotPackage.CRITICALITY:
				return createCriticalityFromString(eDataType, initialValue);
			case ItotPackage.CONDUIT_MEDIUM:
				return createConduitMediumFromString(eDataType, initialValue);
			case ItotPackage.FLOW_OPERATION:
				return createFlowOperationFromString(eDataType, initialValue);
			case ItotPackage.PROTOCOL_CATEGORY:
				return createProtocolCategoryFromString(eDataType, initialValue);
			case ItotPackage.TRANSPORT:
				return createTransportFromString(eDataType, initialValue);
			case ItotPackage.RULE_ACTION:
				return createRuleActionFromString(eDataType, initialValue);
			case ItotPackage.ATTACK_OBJECT_KIND:
				return createAttackObjectKindFromString(eDataType, initialValue);
			case ItotPackage.SEVERITY_OVERRIDE:
				return createSeverityOverrideFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ItotPackage.PURDUE_LEVEL:
				return convertPurdueLevelToString(eDataType, instanceValue);
			case ItotPackage.ZONE_KIND:
				return convertZoneKindToString(eDataType, instanceValue);
			case ItotPackage.OWNERSHIP:
				return convertOwnershipToString(eDataType, instanceValue);
			case ItotPackage.ASSET_TYPE:
				return convertAssetTypeToString(eDataType, instanceValue);
			case ItotPackage.CRITICALITY:
				return convertCriticalityToString(eDataType, instanceValue);
			case ItotPackage.CONDUIT_MEDIUM:
				return convertConduitMediumToString(eDataType, instanceValue);
			case ItotPackage.FLOW_OPERATION:
				return convertFlowOperationToString(eDataType, instanceValue);
			case ItotPackage.PROTOCOL_CATEGORY:
				return convertProtocolCategoryToString(eDataType, instanceValue);
			case ItotPackage.TRANSPORT:
				return convertTransportToString(eDataType, instanceValue);
			case ItotPackage.RULE_ACTION:
				return convertRuleActionToString(eDataType, instanceValue);
			case ItotPackage.ATTACK_OBJECT_KIND:
				return convertAttackObjectKindToString(eDataType, instanceValue);
			case ItotPackage.SEVERITY_OVERRIDE:
				return convertSeverityOverrideToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchitectureModel createArchitectureModel()
	{
		ArchitectureModelImpl architectureModel = new ArchitectureModelImpl();
		return architectureModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityLevelVector createSecurityLevelVector()
	{
		SecurityLevelVectorImpl securityLevelVector = new SecurityLevelVectorImpl();
		return securityLevelVector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone createZone()
	{
		ZoneImpl zone = new ZoneImpl();
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Countermeasure createCountermeasure()
	{
		CountermeasureImpl countermeasure = new CountermeasureImpl();
		return countermeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset createAsset()
	{
		AssetImpl asset = new AssetImpl();
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkInterface createNetworkInterface()
	{
		NetworkInterfaceImpl networkInterface = new NetworkInterfaceImpl();
		return networkInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortRange createPortRange()
	{
		PortRangeImpl portRange = new PortRangeImpl();
		return portRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListeningService createListeningService()
	{
		ListeningServiceImpl listeningService = new ListeningServiceImpl();
		return listeningService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol createProtocol()
	{
		ProtocolImpl protocol = new ProtocolImpl();
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conduit createConduit()
	{
		ConduitImpl conduit = new ConduitImpl();
		return conduit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow createFlow()
	{
		FlowImpl flow = new FlowImpl();
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirewallRule createFirewallRule()
	{
		FirewallRuleImpl firewallRule = new FirewallRuleImpl();
		return firewallRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole()
	{
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Permission createPermission()
	{
		PermissionImpl permission = new PermissionImpl();
		return permission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttackReference createAttackReference()
	{
		AttackReferenceImpl attackReference = new AttackReferenceImpl();
		return attackReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Waiver createWaiver()
	{
		WaiverImpl waiver = new WaiverImpl();
		return waiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSetting createRuleSetting()
	{
		RuleSettingImpl ruleSetting = new RuleSettingImpl();
		return ruleSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram createDiagram()
	{
		DiagramImpl diagram = new DiagramImpl();
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeView createNodeView()
	{
		NodeViewImpl nodeView = new NodeViewImpl();
		return nodeView;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteView createNoteView()
	{
		NoteViewImpl noteView = new NoteViewImpl();
		return noteView;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeView createEdgeView()
	{
		EdgeViewImpl edgeView = new EdgeViewImpl();
		return edgeView;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bendpoint createBendpoint()
	{
		BendpointImpl bendpoint = new BendpointImpl();
		return bendpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PurdueLevel createPurdueLevelFromString(EDataType eDataType, String initialValue)
	{
		PurdueLevel result = PurdueLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPurdueLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneKind createZoneKindFromString(EDataType eDataType, String initialValue)
	{
		ZoneKind result = ZoneKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZoneKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ownership createOwnershipFromString(EDataType eDataType, String initialValue)
	{
		Ownership result = Ownership.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOwnershipToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetType createAssetTypeFromString(EDataType eDataType, String initialValue)
	{
		AssetType result = AssetType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetTypeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Criticality createCriticalityFromString(EDataType eDataType, String initialValue)
	{
		Criticality result = Criticality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriticalityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConduitMedium createConduitMediumFromString(EDataType eDataType, String initialValue)
	{
		ConduitMedium result = ConduitMedium.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConduitMediumToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowOperation createFlowOperationFromString(EDataType eDataType, String initialValue)
	{
		FlowOperation result = FlowOperation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFlowOperationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProtocolCategory createProtocolCategoryFromString(EDataType eDataType, String initialValue)
	{
		ProtocolCategory result = ProtocolCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProtocolCategoryToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Transport createTransportFromString(EDataType eDataType, String initialValue)
	{
		Transport result = Transport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransportToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleAction createRuleActionFromString(EDataType eDataType, String initialValue)
	{
		RuleAction result = RuleAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleActionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttackObjectKind createAttackObjectKindFromString(EDataType eDataType, String initialValue)
	{
		AttackObjectKind result = AttackObjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttackObjectKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeverityOverride createSeverityOverrideFromString(EDataType eDataType, String initialValue)
	{
		SeverityOverride result = SeverityOverride.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityOverrideToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItotPackage getItotPackage()
	{
		return (ItotPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ItotPackage getPackage()
	{
		return ItotPackage.eINSTANCE;
	}

} //ItotFactoryImpl
