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

import org.itot.model.Asset;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;

/**
 * This is the item provider adapter for a {@link org.itot.model.Asset} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AssetItemProvider extends ModelElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetItemProvider(AdapterFactory adapterFactory)
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

			addTypePropertyDescriptor(object);
			addAdditionalRolesPropertyDescriptor(object);
			addSafetySystemPropertyDescriptor(object);
			addDiscoveredPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addVendorPropertyDescriptor(object);
			addProductModelPropertyDescriptor(object);
			addFirmwarePropertyDescriptor(object);
			addCriticalityPropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addInternetExposedPropertyDescriptor(object);
			addWirelessPropertyDescriptor(object);
			addRemoteAccessEnabledPropertyDescriptor(object);
			addMfaPropertyDescriptor(object);
			addDefaultCredentialsChangedPropertyDescriptor(object);
			addHardcodedCredentialsPropertyDescriptor(object);
			addInlinePropertyDescriptor(object);
			addRedundancyGroupPropertyDescriptor(object);
			addPatchSourcePropertyDescriptor(object);
			addAvSourcePropertyDescriptor(object);
			addLogsToPropertyDescriptor(object);
			addAttackAssetPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_type_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_type_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Additional Roles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdditionalRolesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_additionalRoles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_additionalRoles_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__ADDITIONAL_ROLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Safety System feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSafetySystemPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_safetySystem_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_safetySystem_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__SAFETY_SYSTEM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discovered feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscoveredPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_discovered_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_discovered_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__DISCOVERED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
				 getString("_UI_Asset_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_owner_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vendor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVendorPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_vendor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_vendor_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__VENDOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Product Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductModelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_productModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_productModel_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__PRODUCT_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Firmware feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirmwarePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_firmware_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_firmware_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__FIRMWARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Criticality feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCriticalityPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_criticality_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_criticality_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__CRITICALITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_location_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_location_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Internet Exposed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternetExposedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_internetExposed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_internetExposed_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__INTERNET_EXPOSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wireless feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWirelessPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_wireless_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_wireless_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__WIRELESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Remote Access Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRemoteAccessEnabledPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_remoteAccessEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_remoteAccessEnabled_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__REMOTE_ACCESS_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mfa feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMfaPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_mfa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_mfa_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__MFA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Default Credentials Changed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefaultCredentialsChangedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_defaultCredentialsChanged_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_defaultCredentialsChanged_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__DEFAULT_CREDENTIALS_CHANGED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardcoded Credentials feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardcodedCredentialsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_hardcodedCredentials_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_hardcodedCredentials_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__HARDCODED_CREDENTIALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInlinePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_inline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_inline_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__INLINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Redundancy Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedundancyGroupPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_redundancyGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_redundancyGroup_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__REDUNDANCY_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patch Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatchSourcePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_patchSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_patchSource_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__PATCH_SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Av Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAvSourcePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_avSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_avSource_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__AV_SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Logs To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLogsToPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_logsTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_logsTo_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__LOGS_TO,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Attack Asset feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttackAssetPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Asset_attackAsset_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Asset_attackAsset_feature", "_UI_Asset_type"),
				 ItotPackage.Literals.ASSET__ATTACK_ASSET,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(ItotPackage.Literals.ASSET__INTERFACES);
			childrenFeatures.add(ItotPackage.Literals.ASSET__SL_CAPABILITY);
			childrenFeatures.add(ItotPackage.Literals.ASSET__LISTENING_SERVICES);
			childrenFeatures.add(ItotPackage.Literals.ASSET__FIREWALL_RULES);
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
	 * This returns Asset.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Asset"));
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
		String label = ((Asset)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Asset_type") :
			getString("_UI_Asset_type") + " " + label;
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

		switch (notification.getFeatureID(Asset.class))
		{
			case ItotPackage.ASSET__TYPE:
			case ItotPackage.ASSET__ADDITIONAL_ROLES:
			case ItotPackage.ASSET__SAFETY_SYSTEM:
			case ItotPackage.ASSET__DISCOVERED:
			case ItotPackage.ASSET__OWNER:
			case ItotPackage.ASSET__VENDOR:
			case ItotPackage.ASSET__PRODUCT_MODEL:
			case ItotPackage.ASSET__FIRMWARE:
			case ItotPackage.ASSET__CRITICALITY:
			case ItotPackage.ASSET__LOCATION:
			case ItotPackage.ASSET__INTERNET_EXPOSED:
			case ItotPackage.ASSET__WIRELESS:
			case ItotPackage.ASSET__REMOTE_ACCESS_ENABLED:
			case ItotPackage.ASSET__MFA:
			case ItotPackage.ASSET__DEFAULT_CREDENTIALS_CHANGED:
			case ItotPackage.ASSET__HARDCODED_CREDENTIALS:
			case ItotPackage.ASSET__INLINE:
			case ItotPackage.ASSET__REDUNDANCY_GROUP:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ItotPackage.ASSET__INTERFACES:
			case ItotPackage.ASSET__SL_CAPABILITY:
			case ItotPackage.ASSET__LISTENING_SERVICES:
			case ItotPackage.ASSET__FIREWALL_RULES:
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
				(ItotPackage.Literals.ASSET__INTERFACES,
				 ItotFactory.eINSTANCE.createNetworkInterface()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ASSET__SL_CAPABILITY,
				 ItotFactory.eINSTANCE.createSecurityLevelVector()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ASSET__LISTENING_SERVICES,
				 ItotFactory.eINSTANCE.createListeningService()));

		newChildDescriptors.add
			(createChildParameter
				(ItotPackage.Literals.ASSET__FIREWALL_RULES,
				 ItotFactory.eINSTANCE.createFirewallRule()));
	}

}
