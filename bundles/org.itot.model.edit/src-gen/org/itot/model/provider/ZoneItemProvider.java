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

import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.Zone;

/**
 * This is the item provider adapter for a {@link org.itot.model.Zone} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ZoneItemProvider extends ModelElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneItemProvider(AdapterFactory adapterFactory)
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

			addKindPropertyDescriptor(object);
			addPurdueLevelPropertyDescriptor(object);
			addSlAssessmentPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addAccountableOrganisationPropertyDescriptor(object);
			addSafetyDesignationPropertyDescriptor(object);
			addTrustedPropertyDescriptor(object);
			addClassifiedPropertyDescriptor(object);
			addPhysicalBoundaryPropertyDescriptor(object);
			addLogicalBoundaryPropertyDescriptor(object);
			addSitePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_kind_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purdue Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurdueLevelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_purdueLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_purdueLevel_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__PURDUE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sl Assessment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlAssessmentPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_slAssessment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_slAssessment_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__SL_ASSESSMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_owner_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accountable Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccountableOrganisationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_accountableOrganisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_accountableOrganisation_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__ACCOUNTABLE_ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Safety Designation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSafetyDesignationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_safetyDesignation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_safetyDesignation_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__SAFETY_DESIGNATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trusted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrustedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_trusted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_trusted_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__TRUSTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifiedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_classified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_classified_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__CLASSIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physical Boundary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicalBoundaryPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_physicalBoundary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_physicalBoundary_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__PHYSICAL_BOUNDARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Logical Boundary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLogicalBoundaryPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_logicalBoundary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_logicalBoundary_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__LOGICAL_BOUNDARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSitePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Zone_site_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Zone_site_feature", "_UI_Zone_type"),
				 ItotPackage.Literals.ZONE__SITE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(ItotPackage.Literals.ZONE__SL_TARGET);
			childrenFeatures.add(ItotPackage.Literals.ZONE__SL_ACHIEVED);
			childrenFeatures.add(ItotPackage.Literals.ZONE__SUB_ZONES);
			childrenFeatures.add(ItotPackage.Literals.ZONE__ASSETS);
			childrenFeatures.add(ItotPackage.Literals.ZONE__COUNTERMEASURES);
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
	 * This returns Zone.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Zone"));
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
		String label = ((Zone)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Zone_type") :
			getString("_UI_Zone_type") + " " + label;
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

		switch (notification.getFeatureID(Zone.class))
		{
			case ItotPackage.ZONE__KIND:
			case ItotPackage.ZONE__PURDUE_LEVEL:
			case ItotPackage.ZONE__SL_ASSESSMENT:
			case ItotPackage.ZONE__OWNER:
			case ItotPackage.ZONE__ACCOUNTABLE_ORGANISATION:
			case ItotPackage.ZONE__SAFETY_DESIGNATION:
			case ItotPackage.ZONE__TRUSTED:
			case ItotPackage.ZONE__CLASSIFIED:
			case ItotPackage.ZONE__PHYSICAL_BOUNDARY:
			case ItotPackage.ZONE__LOGICAL_BOUNDARY:
			case ItotPackage.ZONE__SITE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ItotPackage.ZONE__SL_TARGET:
			case ItotPackage.ZONE__SL_ACHIEVED:
			case ItotPackage.ZONE__SUB_ZONES:
			case ItotPackage.ZONE__ASSETS:
			case ItotPackage.ZONE__COUNTERMEASURES:
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
				(ItotPackage.Literals.ZONE__SL_TARGET,
				 ItotFactory.eINSTANCE.createSecurityLevelVector()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ZONE__SL_ACHIEVED,
				 ItotFactory.eINSTANCE.createSecurityLevelVector()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ZONE__SUB_ZONES,
				 ItotFactory.eINSTANCE.createZone()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ZONE__ASSETS,
				 ItotFactory.eINSTANCE.createAsset()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ZONE__COUNTERMEASURES,
				 ItotFactory.eINSTANCE.createCountermeasure()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection)
	{
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ItotPackage.Literals.ZONE__SL_TARGET ||
			childFeature == ItotPackage.Literals.ZONE__SL_ACHIEVED;

		if (qualify)
		{
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
