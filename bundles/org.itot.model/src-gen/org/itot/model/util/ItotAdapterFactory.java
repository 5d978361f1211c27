/**
 */
package org.itot.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.itot.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.itot.model.ItotPackage
 * @generated
 */
public class ItotAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ItotPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItotAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = ItotPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItotSwitch<Adapter> modelSwitch =
		new ItotSwitch<Adapter>()
		{
			@Override
			public Adapter caseModelElement(ModelElement object)
			{
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseNetworkScope(NetworkScope object)
			{
				return createNetworkScopeAdapter();
			}
			@Override
			public Adapter caseArchitectureModel(ArchitectureModel object)
			{
				return createArchitectureModelAdapter();
			}
			@Override
			public Adapter caseSecurityLevelVector(SecurityLevelVector object)
			{
				return createSecurityLevelVectorAdapter();
			}
			@Override
			public Adapter caseZone(Zone object)
			{
				return createZoneAdapter();
			}
			@Override
			public Adapter caseCountermeasure(Countermeasure object)
			{
				return createCountermeasureAdapter();
			}
			@Override
			public Adapter caseAsset(Asset object)
			{
				return createAssetAdapter();
			}
			@Override
			public Adapter caseNetworkInterface(NetworkInterface object)
			{
				return createNetworkInterfaceAdapter();
			}
			@Override
			public Adapter casePortRange(PortRange object)
			{
				return createPortRangeAdapter();
			}
			@Override
			public Adapter caseListeningService(ListeningService object)
			{
				return createListeningServiceAdapter();
			}
			@Override
			public Adapter caseProtocol(Protocol object)
			{
				return createProtocolAdapter();
			}
			@Override
			public Adapter caseConduit(Conduit object)
			{
				return createConduitAdapter();
			}
			@Override
			public Adapter caseFlow(Flow object)
			{
				return createFlowAdapter();
			}
			@Override
			public Adapter caseFirewallRule(FirewallRule object)
			{
				return createFirewallRuleAdapter();
			}
			@Override
			public Adapter caseRole(Role object)
			{
				return createRoleAdapter();
			}
			@Override
			public Adapter casePermission(Permission object)
			{
				return createPermissionAdapter();
			}
			@Override
			public Adapter caseAttackReference(AttackReference object)
			{
				return createAttackReferenceAdapter();
			}
			@Override
			public Adapter caseWaiver(Waiver object)
			{
				return createWaiverAdapter();
			}
			@Override
			public Adapter caseRuleSetting(RuleSetting object)
			{
				return createRuleSettingAdapter();
			}
			@Override
			public Adapter caseDiagram(Diagram object)
			{
				return createDiagramAdapter();
			}
			@Override
			public Adapter caseNodeView(NodeView object)
			{
				return createNodeViewAdapter();
			}
			@Override
			public Adapter caseNoteView(NoteView object)
			{
				return createNoteViewAdapter();
			}
			@Override
			public Adapter caseEdgeView(EdgeView object)
			{
				return createEdgeViewAdapter();
			}
			@Override
			public Adapter caseBendpoint(Bendpoint object)
			{
				return createBendpointAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.NetworkScope <em>Network Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.NetworkScope
	 * @generated
	 */
	public Adapter createNetworkScopeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.ArchitectureModel <em>Architecture Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.ArchitectureModel
	 * @generated
	 */
	public Adapter createArchitectureModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.SecurityLevelVector <em>Security Level Vector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.SecurityLevelVector
	 * @generated
	 */
	public Adapter createSecurityLevelVectorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Zone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Zone
	 * @generated
	 */
	public Adapter createZoneAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Countermeasure <em>Countermeasure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Countermeasure
	 * @generated
	 */
	public Adapter createCountermeasureAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Asset
	 * @generated
	 */
	public Adapter createAssetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.NetworkInterface
	 * @generated
	 */
	public Adapter createNetworkInterfaceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.PortRange <em>Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.PortRange
	 * @generated
	 */
	public Adapter createPortRangeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.ListeningService <em>Listening Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.ListeningService
	 * @generated
	 */
	public Adapter createListeningServiceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Protocol
	 * @generated
	 */
	public Adapter createProtocolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Conduit <em>Conduit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Conduit
	 * @generated
	 */
	public Adapter createConduitAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Flow
	 * @generated
	 */
	public Adapter createFlowAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.FirewallRule <em>Firewall Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.FirewallRule
	 * @generated
	 */
	public Adapter createFirewallRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Role
	 * @generated
	 */
	public Adapter createRoleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Permission
	 * @generated
	 */
	public Adapter createPermissionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.AttackReference <em>Attack Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.AttackReference
	 * @generated
	 */
	public Adapter createAttackReferenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Waiver <em>Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Waiver
	 * @generated
	 */
	public Adapter createWaiverAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.RuleSetting <em>Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.RuleSetting
	 * @generated
	 */
	public Adapter createRuleSettingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Diagram
	 * @generated
	 */
	public Adapter createDiagramAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.NodeView <em>Node View</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.NodeView
	 * @generated
	 */
	public Adapter createNodeViewAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.NoteView <em>Note View</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.NoteView
	 * @generated
	 */
	public Adapter createNoteViewAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.EdgeView <em>Edge View</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.EdgeView
	 * @generated
	 */
	public Adapter createEdgeViewAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itot.model.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itot.model.Bendpoint
	 * @generated
	 */
	public Adapter createBendpointAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //ItotAdapterFactory
