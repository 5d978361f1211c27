package org.itot.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.keys.IBindingService;

/**
 * Takes the keys away from commands that a disabled activity hides. Activities hide a command from menus and Quick
 * Access but leave its key binding active, so Ctrl+B would still run the IDE's Build All; the activity that hides it
 * (org.itot.app.activity.ide) is the one place that decides, and this removes the keys of what it hides.
 */
final class HiddenCommandKeys {

    private HiddenCommandKeys() {
    }

    /**
     * Removes the keys of commands no enabled activity shows: from the binding service's list (what the Keys preference
     * page shows) and from every binding table of the running workbench (what a key press runs).
     */
    static void remove(IWorkbench workbench) {
        IActivityManager activities = workbench.getActivitySupport().getActivityManager();
        Map<String, String> contributors = commandContributors();
        IBindingService bindings = workbench.getService(IBindingService.class);
        List<Binding> kept = Arrays.stream(bindings.getBindings())
                .filter(binding -> binding.getParameterizedCommand() == null
                        || !hidden(binding.getParameterizedCommand().getId(), contributors, activities))
                .toList();
        if (kept.size() < bindings.getBindings().length) {
            try {
                // Writes only the user's own bindings (Binding.USER) to the preferences, so nothing of this persists:
                // the hidden keys are taken away again at every start.
                bindings.savePreferences(bindings.getActiveScheme(), kept.toArray(Binding[]::new));
            } catch (IOException e) {
                ILog.of(HiddenCommandKeys.class).error("Could not update the key bindings", e);
            }
        }
        MApplication application = workbench.getService(MApplication.class);
        for (MBindingTable table : application.getBindingTables()) {
            table.getBindings().removeIf(binding -> binding.getCommand() != null
                    && hidden(binding.getCommand().getElementId(), contributors, activities));
        }
    }

    private static boolean hidden(String command, Map<String, String> contributors, IActivityManager activities) {
        String contributor = contributors.get(command);
        // Activity patterns match "contributing bundle/command id", as for menus and Quick Access.
        return contributor != null && !activities.getIdentifier(contributor + "/" + command).isEnabled();
    }

    /** Command id to the bundle that declares it (org.eclipse.ui.commands). */
    private static Map<String, String> commandContributors() {
        Map<String, String> contributors = new HashMap<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.commands")) {
            if ("command".equals(element.getName()) && element.getAttribute("id") != null) {
                contributors.put(element.getAttribute("id"), element.getContributor().getName());
            }
        }
        return contributors;
    }
}
