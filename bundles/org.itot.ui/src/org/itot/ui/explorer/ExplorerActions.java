package org.itot.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.itot.diagram.edit.DiagramEditing;
import org.itot.diagram.palette.Palette;
import org.itot.diagram.palette.PaletteEntry;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.AssetType;
import org.itot.model.Diagram;
import org.itot.model.FirewallRule;
import org.itot.model.FlowOperation;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.ModelElement;
import org.itot.model.Protocol;
import org.itot.model.Role;
import org.itot.model.RuleAction;
import org.itot.model.Zone;
import org.itot.model.edit.command.ElementIds;
import org.itot.model.edit.command.create.AddAssetToZoneCommand;
import org.itot.model.edit.command.create.AddFlowCommand;
import org.itot.model.edit.command.create.ConnectZonesCommand;
import org.itot.model.edit.command.create.CreateZoneCommand;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.explorer.ExplorerNode.Folder;
import org.itot.ui.explorer.ExplorerNode.LevelGroup;
import org.itot.ui.swt.TextFields;
import org.itot.ui.files.ExportDoneDialog;

/**
 * What the explorer can do with its selection: the context menu (new children of the right kinds, open, show in
 * diagram, rename, delete, validate, export) and the workbench's Edit actions (Undo, Redo, Delete, Rename, Copy,
 * Paste, Select All), so the usual keys work here. Every change is one command on the model's stack.
 */
final class ExplorerActions {

    /** Firewall rules live on the devices that enforce them. */
    private static final List<AssetType> RULE_HOLDERS = List.of(AssetType.FIREWALL, AssetType.IPS,
            AssetType.DATA_DIODE, AssetType.ROUTER, AssetType.SWITCH, AssetType.JUMP_HOST, AssetType.VPN_SERVER,
            AssetType.REMOTE_ACCESS_GATEWAY);

    private final ModelExplorerView view;
    private final Action undo = action("Undo", this::undo);
    private final Action redo = action("Redo", this::redo);
    private final Action delete = action("Delete", () -> inText(TextFields::delete, this::delete));
    private final Action rename = action("Rename...", this::rename);
    private final Action copy = action("Copy", () -> inText(Text::copy, this::copy));
    private final Action paste = action("Paste", () -> inText(Text::paste, this::paste));
    private List<Asset> copied = List.of();

    ExplorerActions(ModelExplorerView view) {
        this.view = view;
    }

    void install(IActionBars bars) {
        // Without an ActionBarAdvisor nothing maps the action ids to commands: the definition ids do it, so the
        // workbench's keys and Edit menu reach these actions.
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        rename.setActionDefinitionId(IWorkbenchCommandConstants.FILE_RENAME);
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        paste.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_PASTE);
        Action selectAll = action("Select All", () -> inText(Text::selectAll, () -> {
            view.getViewer().getTree().selectAll();
            view.getViewer().setSelection(view.getViewer().getSelection());
        }));
        selectAll.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_SELECT_ALL);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.updateActionBars();
        update();
    }

    /** While a name is edited in place, the Edit keys act on its text, as in any text field. */
    private void inText(Consumer<Text> onText, Runnable otherwise) {
        Text text = view.getRenameField();
        if (text != null && !text.isDisposed()) {
            onText.accept(text);
        } else {
            otherwise.run();
        }
    }

    /** Enables the Edit actions for the current selection and undo history. */
    void update() {
        if (view.getRenameField() != null) {
            undo.setEnabled(false);
            redo.setEnabled(false);
            delete.setEnabled(true);
            copy.setEnabled(true);
            paste.setEnabled(true);
            return;
        }
        Optional<CommandStack> stack = stack();
        undo.setEnabled(stack.map(CommandStack::canUndo).orElse(false));
        undo.setText(stack.filter(CommandStack::canUndo).map(s -> "Undo " + s.getUndoCommand().getLabel()).orElse("Undo"));
        redo.setEnabled(stack.map(CommandStack::canRedo).orElse(false));
        redo.setText(stack.filter(CommandStack::canRedo).map(s -> "Redo " + s.getRedoCommand().getLabel()).orElse("Redo"));
        List<EObject> deletable = deletable();
        delete.setEnabled(!deletable.isEmpty());
        rename.setEnabled(selection().size() == 1 && selection().getFirstElement() instanceof ModelElement);
        copy.setEnabled(!selectedAssets().isEmpty());
        paste.setEnabled(!copied.isEmpty() && pasteTarget() != null);
    }

    void fillContextMenu(IMenuManager menu) {
        update();
        MenuManager newMenu = new MenuManager("&New");
        fillNewMenu(newMenu);
        if (!newMenu.isEmpty()) {
            menu.add(newMenu);
            menu.add(new Separator());
        }
        Object first = selection().getFirstElement();
        if (first instanceof Diagram diagram) {
            menu.add(action("&Open Diagram\tEnter", () -> view.openDiagram(diagram)));
            menu.add(action("E&xport Diagram...", () -> export(diagram)));
        } else if (first instanceof Zone || first instanceof Asset) {
            menu.add(action("Show in &Diagram", () -> view.showInDiagram((EObject) first)));
        }
        menu.add(new Separator("edit"));
        menu.add(withKey(rename, "F2"));
        menu.add(withKey(copy, "Ctrl+C"));
        menu.add(withKey(paste, "Ctrl+V"));
        menu.add(withKey(delete, "Delete"));
        menu.add(withKey(undo, "Ctrl+Z"));
        menu.add(withKey(redo, "Ctrl+Y"));
        menu.add(new Separator("model"));
        view.selectedModel().ifPresent(model -> menu.add(action("&Validate", () -> view.validate(model))));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private static IAction withKey(Action action, String key) {
        Action shown = action(action.getText() + "\t" + key, action::run);
        shown.setEnabled(action.isEnabled());
        return shown;
    }

    private void fillNewMenu(MenuManager menu) {
        IStructuredSelection selection = selection();
        Object first = selection.getFirstElement();
        List<?> all = selection.toList();
        if (all.size() == 2 && all.stream().allMatch(Zone.class::isInstance)) {
            Zone a = (Zone) all.get(0);
            Zone b = (Zone) all.get(1);
            add(menu, "Conduit between the Two Zones", a, domain -> new ConnectZonesCommand(domain, a, b));
        }
        if (all.size() == 2 && all.stream().allMatch(Asset.class::isInstance)) {
            Asset a = (Asset) all.get(0);
            Asset b = (Asset) all.get(1);
            add(menu, "Flow " + ModelLabelProvider.name(a) + " \u2192 " + ModelLabelProvider.name(b), a,
                    domain -> new AddFlowCommand(domain, a, b, null, FlowOperation.READ));
        }
        if (all.size() > 1) {
            if (all.stream().allMatch(Zone.class::isInstance)) {
                menu.add(action("Diagram of the Selected Zones", () -> view.newDiagram(zones(all))));
            }
            return;
        }
        if (first instanceof ArchitectureModel model) {
            zoneEntries(menu, model, null);
            menu.add(new Separator());
            newRole(menu, model);
            newProtocol(menu, model);
            menu.add(action("Diagram of All Zones", () -> view.newDiagram(model.getZones())));
        } else if (first instanceof LevelGroup group) {
            zoneEntries(menu, group.model(), group);
        } else if (first instanceof Zone zone) {
            for (Palette.Group group : Palette.groups()) {
                MenuManager sub = new MenuManager(group.title().equals("Zones") ? "Sub-zone" : group.title() + " Asset");
                for (PaletteEntry entry : group.entries()) {
                    if (entry.kind() == PaletteEntry.Kind.ASSET) {
                        add(sub, entry.label(), zone, domain -> new AddAssetToZoneCommand(domain, zone, entry.assetType())
                                .named(entry.label()));
                    } else if (entry.kind() == PaletteEntry.Kind.ZONE) {
                        add(sub, entry.label(), zone, domain -> new CreateZoneCommand(domain, zone, entry.zoneKind(),
                                entry.level()).named(plain(entry.label())));
                    }
                }
                if (!sub.isEmpty()) {
                    menu.add(sub);
                }
            }
            menu.add(new Separator());
            menu.add(action("Diagram of Zone and Neighbours", () -> view.newDiagram(
                    DiagramEditing.zoneAndNeighbours((ArchitectureModel) EcoreUtil.getRootContainer(zone), zone))));
        } else if (first instanceof Asset asset && RULE_HOLDERS.contains(asset.getType())) {
            add(menu, "Firewall Rule", asset, domain -> {
                FirewallRule rule = ItotFactory.eINSTANCE.createFirewallRule();
                rule.setId(ElementIds.next(asset, "FR"));
                rule.setName("New rule");
                rule.setAction(RuleAction.DENY);
                rule.setOrder(asset.getFirewallRules().stream().mapToInt(FirewallRule::getOrder).max().orElse(0) + 10);
                return new Created(AddCommand.create(domain, asset, ItotPackage.Literals.ASSET__FIREWALL_RULES, rule),
                        rule);
            });
        } else if (first instanceof Folder folder) {
            switch (folder.kind()) {
            case ROLES -> newRole(menu, folder.model());
            case PROTOCOLS -> newProtocol(menu, folder.model());
            case DIAGRAMS -> menu.add(action("Diagram of All Zones", () -> view.newDiagram(folder.model().getZones())));
            default -> {
                // conduits and flows join two elements: select two zones or two assets
            }
            }
        }
    }

    private void zoneEntries(MenuManager menu, ArchitectureModel model, LevelGroup group) {
        MenuManager zones = new MenuManager("Zone");
        for (PaletteEntry entry : Palette.groups().get(0).entries()) {
            if (entry.kind() == PaletteEntry.Kind.ZONE && (group == null || entry.level() == group.level())) {
                add(zones, entry.label(), model, domain -> new CreateZoneCommand(domain, model, entry.zoneKind(),
                        entry.level()).named(plain(entry.label())));
            }
        }
        if (!zones.isEmpty()) {
            menu.add(zones);
        }
    }

    private void newRole(MenuManager menu, ArchitectureModel model) {
        add(menu, "Role", model, domain -> {
            Role role = ItotFactory.eINSTANCE.createRole();
            role.setId(ElementIds.next(model, "ROLE"));
            role.setName("New role");
            return new Created(AddCommand.create(domain, model, ItotPackage.Literals.ARCHITECTURE_MODEL__ROLES, role),
                    role);
        });
    }

    private void newProtocol(MenuManager menu, ArchitectureModel model) {
        add(menu, "Protocol", model, domain -> {
            Protocol protocol = ItotFactory.eINSTANCE.createProtocol();
            protocol.setId(ElementIds.next(model, "P"));
            protocol.setName("New protocol");
            return new Created(AddCommand.create(domain, model,
                    ItotPackage.Literals.ARCHITECTURE_MODEL__PROTOCOLS, protocol), protocol);
        });
    }

    private static String plain(String paletteLabel) {
        return paletteLabel.replaceAll(" \\(.*\\)$", "");
    }

    private static List<Zone> zones(List<?> elements) {
        return elements.stream().map(Zone.class::cast).toList();
    }

    /** A new element and the command that adds it. */
    private record Created(Command command, EObject element) {
    }

    /** A "New" entry whose command creates an element; the new element is selected for naming. */
    private void add(MenuManager menu, String label, EObject context, Function<EditingDomain, Object> create) {
        menu.add(action(label, () -> {
            EditingDomain domain = ModelEditing.domainFor(context);
            Object made = create.apply(domain);
            Command command = made instanceof Created created ? created.command() : (Command) made;
            EObject element = made instanceof Created created ? created.element()
                    : made instanceof org.itot.model.edit.command.create.CreateElementCommand<?, ?> creation
                            ? creation.getElement() : null;
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
                view.selectAndRename(element);
            }
        }));
    }

    void undo() {
        stack().filter(CommandStack::canUndo).ifPresent(CommandStack::undo);
    }

    void redo() {
        stack().filter(CommandStack::canRedo).ifPresent(CommandStack::redo);
    }

    /** Deletes the selected elements from the model, with what cannot outlive them and their views; undoable. */
    void delete() {
        List<EObject> elements = deletable();
        if (!elements.isEmpty()) {
            EditingDomain domain = ModelEditing.domainFor(elements.get(0));
            Command command = DiagramEditing.deleteFromModel(domain, elements);
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }

    void rename() {
        if (selection().getFirstElement() instanceof ModelElement element) {
            view.startRename(element);
        }
    }

    private void copy() {
        copied = selectedAssets();
        if (copied.isEmpty()) {
            return;
        }
        String text = String.join("\n", copied.stream().map(a -> a.getId() + "\t" + ModelLabelProvider.name(a)).toList());
        Clipboard clipboard = new Clipboard(view.getViewer().getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        update();
    }

    /** Copies of the copied assets, in the selected zone (or beside the selected asset). */
    private void paste() {
        Zone zone = pasteTarget();
        if (zone == null || copied.isEmpty()) {
            return;
        }
        EditingDomain domain = ModelEditing.domainFor(zone);
        Command command = DiagramEditing.copyAssets(domain, copied, zone);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            view.getViewer().setSelection(new StructuredSelection(new ArrayList<>(command.getResult())), true);
        }
    }

    private Zone pasteTarget() {
        Object first = selection().getFirstElement();
        Zone zone = first instanceof Zone z ? z : first instanceof Asset a ? a.getZone() : null;
        if (zone == null || copied.stream().anyMatch(a -> a.eResource() == null
                || EcoreUtil.getRootContainer(a) != EcoreUtil.getRootContainer(zone))) {
            return null;
        }
        return zone;
    }

    private void export(Diagram diagram) {
        FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf", "*.drawio" });
        dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)", "PDF (*.pdf)", "draw.io (*.drawio)" });
        dialog.setFileName(ModelLabelProvider.name(diagram).replaceAll("[^\\w.-]+", "-") + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Optional<DrawingFormat> format = DrawingFormat.of(extension);
        if (format.isEmpty()) {
            file = file.resolveSibling(name + ".svg");
            format = Optional.of(DrawingFormat.SVG);
        }
        DrawingOptions options = DrawingOptions.DEFAULT.withOverwrite(true)
                .withScale(format.get() == DrawingFormat.PNG ? 2 : 1);
        try {
            DrawingExport.write(diagram, format.get(), file, options);
        } catch (IOException | RuntimeException e) {
            ErrorDialog.openError(view.getSite().getShell(), "Export Diagram", "Cannot write " + file,
                    Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
            return;
        }
        ExportDoneDialog.open(view.getSite().getShell(), "Export Diagram", List.of(file));
    }

    private Optional<CommandStack> stack() {
        return view.selectedModel().map(model -> ModelEditing.domainFor(model).getCommandStack());
    }

    private IStructuredSelection selection() {
        return view.getViewer().getStructuredSelection();
    }

    private List<Asset> selectedAssets() {
        List<?> all = selection().toList();
        return !all.isEmpty() && all.stream().allMatch(Asset.class::isInstance)
                ? all.stream().map(Asset.class::cast).toList() : List.of();
    }

    /** Selected model elements that can be deleted: not a model's root, all of one model. */
    private List<EObject> deletable() {
        List<EObject> elements = new ArrayList<>();
        EObject root = null;
        for (Object selected : selection().toList()) {
            if (!(selected instanceof EObject element) || element.eContainer() == null) {
                return List.of();
            }
            if (root != null && EcoreUtil.getRootContainer(element) != root) {
                return List.of();
            }
            root = EcoreUtil.getRootContainer(element);
            elements.add(element);
        }
        return elements;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
