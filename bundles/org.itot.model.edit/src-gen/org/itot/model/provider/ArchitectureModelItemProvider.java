/**
 */
package org.itot.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.itot.model.ArchitectureModel;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;

/**
 * This is the item provider adapter for a {@link org.itot.model.ArchitectureModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ArchitectureModelItemProvider extends ModelElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchitectureModelItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
			addPerimeterPropertyDescriptor(object);
			addAccessPointsPropertyDescriptor(object);
			addOwnerOrganisationPropertyDescriptor(object);
			addRevisionPropertyDescriptor(object);
			addAttackVersionPropertyDescriptor(object);
			addDraftPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_formatVersion_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Perimeter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPerimeterPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_perimeter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_perimeter_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__PERIMETER,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Access Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccessPointsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_accessPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_accessPoints_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__ACCESS_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerOrganisationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_ownerOrganisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_ownerOrganisation_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__OWNER_ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Revision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRevisionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_revision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_revision_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__REVISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Attack Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttackVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_attackVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_attackVersion_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__ATTACK_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Draft feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDraftPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ArchitectureModel_draft_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ArchitectureModel_draft_feature", "_UI_ArchitectureModel_type"),
				 ItotPackage.Literals.ARCHITECTURE_MODEL__DRAFT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__ZONES);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__CONDUITS);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__FLOWS);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__PROTOCOLS);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__ROLES);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__ATTACK_REFERENCES);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__WAIVERS);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__RULE_SETTINGS);
			childrenFeatures.add(ItotPackage.Literals.ARCHITECTURE_MODEL__DIAGRAMS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ArchitectureModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ArchitectureModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((ArchitectureModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ArchitectureModel_type") :
			getString("_UI_ArchitectureModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(ArchitectureModel.class))
		{
			case ItotPackage.ARCHITECTURE_MODEL__FORMAT_VERSION:
			case ItotPackage.ARCHITECTURE_MODEL__PERIMETER:
			case ItotPackage.ARCHITECTURE_MODEL__ACCESS_POINTS:
			case ItotPackage.ARCHITECTURE_MODEL__OWNER_ORGANISATION:
			case ItotPackage.ARCHITECTURE_MODEL__REVISION:
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_VERSION:
			case ItotPackage.ARCHITECTURE_MODEL__DRAFT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ItotPackage.ARCHITECTURE_MODEL__ZONES:
			case ItotPackage.ARCHITECTURE_MODEL__CONDUITS:
			case ItotPackage.ARCHITECTURE_MODEL__FLOWS:
			case ItotPackage.ARCHITECTURE_MODEL__PROTOCOLS:
			case ItotPackage.ARCHITECTURE_MODEL__ROLES:
			case ItotPackage.ARCHITECTURE_MODEL__ATTACK_REFERENCES:
			case ItotPackage.ARCHITECTURE_MODEL__WAIVERS:
			case ItotPackage.ARCHITECTURE_MODEL__RULE_SETTINGS:
			case ItotPackage.ARCHITECTURE_MODEL__DIAGRAMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__ZONES,
				 ItotFactory.eINSTANCE.createZone()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__CONDUITS,
				 ItotFactory.eINSTANCE.createConduit()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__FLOWS,
				 ItotFactory.eINSTANCE.createFlow()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__PROTOCOLS,
				 ItotFactory.eINSTANCE.createProtocol()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__ROLES,
				 ItotFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__ATTACK_REFERENCES,
				 ItotFactory.eINSTANCE.createAttackReference()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__WAIVERS,
				 ItotFactory.eINSTANCE.createWaiver()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__RULE_SETTINGS,
				 ItotFactory.eINSTANCE.createRuleSetting()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ARCHITECTURE_MODEL__DIAGRAMS,
				 ItotFactory.eINSTANCE.createDiagram()));
	}

}
