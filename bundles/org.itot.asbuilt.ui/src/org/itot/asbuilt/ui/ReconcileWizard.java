package org.itot.asbuilt.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.itot.asbuilt.Adoption;
import org.itot.asbuilt.Reconcile;
import org.itot.asbuilt.TrafficReconciliation;
import org.itot.asbuilt.config.ConfigFormat;
import org.itot.asbuilt.config.ConfigReadException;
import org.itot.asbuilt.config.DeviceConfig;
import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Flow;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.models.DiagramEditorInput;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * File &gt; Import &gt; Device Configuration and Traffic Capture: reads device configurations and traffic files in the
 * background (progress, Cancel), compares them with an open model, previews the findings and what adopting would
 * add, and on Finish shows the findings (Reconciliation view, Problems view, diagram) and, if asked, adds the unknown
 * hosts and undocumented sessions to the model as one undoable command. A file that cannot be read is named with its
 * line on the page, and nothing changes.
 */
public final class ReconcileWizard extends Wizard implements IImportWizard {

    private OpenModel initial;
    private InputsPage inputs;
    private PreviewPage preview;
    /** The last reconciliation of the inputs as they are now; null until one ran, or after an input changed. */
    private Reconcile.Result result;
    private OpenModel reconciled;

    public ReconcileWizard() {
        setWindowTitle("Import Device Configuration and Traffic Capture");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null && selection.getFirstElement() instanceof EObject element) {
            initial = OpenModels.get().of(EcoreUtil.getRootContainer(element)).orElse(null);
        }
        IEditorPart editor = workbench.getActiveWorkbenchWindow() == null
                || workbench.getActiveWorkbenchWindow().getActivePage() == null ? null
                        : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (initial == null && editor != null && editor.getEditorInput() instanceof DiagramEditorInput input) {
            initial = OpenModels.get().find(input.file()).orElse(null);
        }
        if (initial == null && !OpenModels.get().all().isEmpty()) {
            initial = OpenModels.get().all().get(0);
        }
    }

    @Override
    public void addPages() {
        inputs = new InputsPage();
        preview = new PreviewPage();
        addPage(inputs);
        addPage(preview);
    }

    public InputsPage inputs() {
        return inputs;
    }

    public PreviewPage preview() {
        return preview;
    }

    /** The last reconciliation (null before one ran or after an input changed). */
    public Reconcile.Result result() {
        return result;
    }

    @Override
    public boolean canFinish() {
        return result != null && reconciled != null;
    }

    @Override
    public boolean performFinish() {
        if (result == null) {
            return false;
        }
        Reconciliations.set(reconciled, result);
        if (preview.adopt != null && preview.adopt.getSelection()) {
            // One command on the model's own stack: one Undo takes every adopted host and flow back.
            new Adoption(reconciled.model(), result.traffic(), reconciled.domain()).execute();
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                window.getActivePage().showView(ReconciliationView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                InternalErrors.report("Showing the Reconciliation view", e);
            }
        }
        return true;
    }

    /**
     * Reads and compares, as {@code itot reconcile} does, with each configuration's own format (detected, or the one
     * chosen for that file).
     */
    public static Reconcile.Result reconcile(ArchitectureModel model, java.util.List<Path> traffic,
            java.util.List<ConfigInput> configs, IProgressMonitor monitor)
            throws IOException, TrafficReadException, ConfigReadException {
        return Reconcile.run(model, traffic,
                configs.stream().map(c -> new Reconcile.ConfigFile(c.device(), c.file(), c.format())).toList(), false,
                monitor);
    }

    /** A configuration file, its device, and its format (null: recognise it). */
    public record ConfigInput(Path file, Asset device, ConfigFormat format) {
    }

    /** The model, the configurations with their devices, and the traffic files. */
    public final class InputsPage extends WizardPage {

        private Combo models;
        private Combo devices;
        private Combo formats;
        private org.eclipse.swt.widgets.List configList;
        private org.eclipse.swt.widgets.List trafficList;
        private final java.util.List<OpenModel> choices = new ArrayList<>(OpenModels.get().all());
        private java.util.List<Asset> assets = java.util.List.of();
        private final java.util.List<ConfigInput> configs = new ArrayList<>();
        private final java.util.List<Path> traffic = new ArrayList<>();

        InputsPage() {
            super("inputs");
            setTitle("Device configurations and traffic");
            setDescription("Compare the model with what the devices are configured to do and what the plant's "
                    + "traffic shows. Nothing changes until Finish.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(4, false));
            new Label(area, SWT.NONE).setText("&Model:");
            models = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            models.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            choices.forEach(model -> models.add(label(model)));
            if (!choices.isEmpty()) {
                models.select(initial == null ? 0 : Math.max(0, choices.indexOf(initial)));
            }
            models.addListener(SWT.Selection, event -> modelChosen());

            Label configsTitle = new Label(area, SWT.NONE);
            configsTitle.setText("Device configurations (iptables-save, nft -j, Cisco ASA, pfSense/OPNsense "
                    + "config.xml):");
            configsTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
            new Label(area, SWT.NONE).setText("&Device:");
            devices = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            devices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            devices.setToolTipText("The asset of the model whose configuration the file is");
            formats = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            formats.add("Format: detect");
            for (ConfigFormat format : ConfigFormat.values()) {
                formats.add(format.label());
            }
            formats.select(0);
            Button addConfig = new Button(area, SWT.PUSH);
            addConfig.setText("Add &Configuration...");
            addConfig.addListener(SWT.Selection, event -> {
                String chosen = browse("*");
                if (chosen != null) {
                    addConfiguration(Path.of(chosen), selectedDevice(), selectedFormat());
                }
            });
            configList = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
            GridData configData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            configData.heightHint = 70;
            configList.setLayoutData(configData);
            Button removeConfig = new Button(area, SWT.PUSH);
            removeConfig.setText("Remove");
            removeConfig.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            removeConfig.addListener(SWT.Selection, event -> {
                int index = configList.getSelectionIndex();
                if (index >= 0) {
                    configs.remove(index);
                    inputsChanged();
                }
            });

            Label trafficTitle = new Label(area, SWT.NONE);
            trafficTitle.setText("Traffic (Zeek conn.log TSV or JSON, Suricata eve.json, flow CSV; .gz too):");
            trafficTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
            trafficList = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
            GridData trafficData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 2);
            trafficData.heightHint = 70;
            trafficList.setLayoutData(trafficData);
            Button addTraffic = new Button(area, SWT.PUSH);
            addTraffic.setText("Add &Traffic...");
            addTraffic.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            addTraffic.addListener(SWT.Selection, event -> {
                String chosen = browse("*");
                if (chosen != null) {
                    addTraffic(Path.of(chosen));
                }
            });
            Button removeTraffic = new Button(area, SWT.PUSH);
            removeTraffic.setText("Remove");
            removeTraffic.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            removeTraffic.addListener(SWT.Selection, event -> {
                int index = trafficList.getSelectionIndex();
                if (index >= 0) {
                    traffic.remove(index);
                    inputsChanged();
                }
            });
            Button run = new Button(area, SWT.PUSH);
            run.setText("&Reconcile");
            run.setToolTipText("Reads the files (in the background, with Cancel) and compares them with the model");
            run.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
            run.addListener(SWT.Selection, event -> reconcile());
            setControl(area);
            modelChosen();
        }

        private String browse(String filter) {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { filter });
            return dialog.open();
        }

        private void modelChosen() {
            OpenModel model = selectedModel();
            assets = model == null ? java.util.List.of()
                    : model.model().getAllAssets().stream()
                            .sorted((a, b) -> Boolean.compare(!a.isEnforcementDevice(), !b.isEnforcementDevice()))
                            .toList();
            devices.removeAll();
            // Enforcement devices first: those are the ones with configurations; any asset may be chosen.
            assets.forEach(asset -> devices.add(asset.getId() + "  " + (asset.getName() == null ? "" : asset.getName())));
            if (!assets.isEmpty()) {
                devices.select(0);
            }
            configs.clear();
            inputsChanged();
        }

        OpenModel selectedModel() {
            int index = models == null ? -1 : models.getSelectionIndex();
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }

        private Asset selectedDevice() {
            int index = devices.getSelectionIndex();
            return index >= 0 && index < assets.size() ? assets.get(index) : null;
        }

        private ConfigFormat selectedFormat() {
            int index = formats.getSelectionIndex();
            return index <= 0 ? null : ConfigFormat.values()[index - 1];
        }

        /** Chooses the model to reconcile (tests; the combo otherwise). */
        public void chooseModel(OpenModel model) {
            models.select(choices.indexOf(model));
            modelChosen();
        }

        /** Adds a configuration of the device; a second file for the same device replaces the first. */
        public void addConfiguration(Path file, Asset device, ConfigFormat format) {
            if (device == null) {
                setErrorMessage("Choose the device whose configuration " + file.getFileName() + " is.");
                return;
            }
            configs.removeIf(config -> config.device() == device);
            configs.add(new ConfigInput(file, device, format));
            inputsChanged();
        }

        public void addTraffic(Path file) {
            if (!traffic.contains(file)) {
                traffic.add(file);
            }
            inputsChanged();
        }

        private void inputsChanged() {
            result = null;
            configList.removeAll();
            for (ConfigInput config : configs) {
                configList.add(config.device().getId() + "  \u2190  " + config.file() + "  ("
                        + (config.format() == null ? "format detected" : config.format().label()) + ")");
            }
            trafficList.removeAll();
            traffic.forEach(file -> trafficList.add(file.toString()));
            setErrorMessage(null);
            setMessage(configs.isEmpty() && traffic.isEmpty() ? "Add device configurations, traffic files or both, "
                    + "then press Reconcile." : "Press Reconcile to read the files and compare them with the model.");
            setPageComplete(false);
            getContainer().updateButtons();
        }

        /** Reads the files and compares them with the model, in the background with progress and Cancel. */
        public void reconcile() {
            result = null;
            reconciled = null;
            setPageComplete(false);
            OpenModel model = selectedModel();
            if (model == null) {
                setErrorMessage("Open the model to reconcile first (File > Open Model).");
                return;
            }
            if (configs.isEmpty() && traffic.isEmpty()) {
                setErrorMessage("Add a device configuration or a traffic file first.");
                return;
            }
            for (Path file : allFiles()) {
                if (!Files.isRegularFile(file)) {
                    setErrorMessage(file + " does not exist or is not a file; remove it or choose another.");
                    return;
                }
            }
            java.util.List<ConfigInput> configInputs = java.util.List.copyOf(configs);
            java.util.List<Path> trafficInputs = java.util.List.copyOf(traffic);
            Reconcile.Result[] read = new Reconcile.Result[1];
            try {
                getContainer().run(true, true, monitor -> {
                    try (ModelEditing.ReadAccess access = ModelEditing.readAccess(model.model())) {
                        read[0] = ReconcileWizard.reconcile(model.model(), trafficInputs, configInputs, monitor);
                    } catch (OperationCanceledException e) {
                        throw new InterruptedException();
                    } catch (IOException | TrafficReadException | ConfigReadException e) {
                        throw new InvocationTargetException(e);
                    }
                });
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof IOException io) {
                    fail("Cannot read a file: " + io.getMessage() + ". Check that it exists and can be read.");
                } else if (cause instanceof TrafficReadException || cause instanceof ConfigReadException) {
                    fail(cause.getMessage());
                } else {
                    InternalErrors.report("Reconciling", cause);
                    fail(String.valueOf(cause.getMessage()));
                }
                return;
            } catch (InterruptedException e) {
                fail("Cancelled; nothing was changed.");
                return;
            }
            result = read[0];
            reconciled = model;
            setErrorMessage(null);
            setMessage(ReconcileTexts.counts(result.findings()) + ". Next shows them and what adopting would add.");
            preview.show(model, result);
            setPageComplete(true);
            getContainer().updateButtons();
        }

        private void fail(String problem) {
            // The readers word their advice for the command line; here the format is chosen on the page.
            String message = problem.replace("give --config-format to force one",
                    "choose its format beside Add Configuration to force one");
            setErrorMessage(message);
            preview.clear("Nothing was read and the model is unchanged:\n" + message
                    + "\nFix the file or remove it, then press Reconcile again.");
            getContainer().updateButtons();
        }

        private java.util.List<Path> allFiles() {
            java.util.List<Path> files = new ArrayList<>();
            configs.forEach(config -> files.add(config.file()));
            files.addAll(traffic);
            return files;
        }

        private String label(OpenModel model) {
            String name = model.model().getName();
            return (name == null || name.isBlank() ? model.file().getFileName().toString() : name) + "  \u2014  "
                    + model.file();
        }

        @Override
        public boolean canFlipToNextPage() {
            return result != null;
        }
    }

    /** The findings, and what adopting would add, with the choice to adopt. */
    public final class PreviewPage extends WizardPage {

        private Text text;
        private Button adopt;
        private String pending = "";

        PreviewPage() {
            super("preview");
            setTitle("Findings and adoption");
            setDescription("Finish shows the findings in the Reconciliation and Problems views and draws the "
                    + "undocumented sessions on the diagram.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(1, false));
            text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 300;
            data.widthHint = 720;
            text.setLayoutData(data);
            text.setText(pending);
            adopt = new Button(area, SWT.CHECK);
            adopt.setText("&Adopt: add the unknown hosts and the undocumented sessions to the model (one Undo)");
            adopt.setToolTipText("Each host goes into the zone whose subnet holds it, named and described as "
                    + "discovered; each session becomes a flow describing its evidence");
            setControl(area);
        }

        /** Ticks or unticks "Adopt" (tests; the check box otherwise). */
        public void setAdopt(boolean on) {
            adopt.setSelection(on);
        }

        public String previewText() {
            return text == null ? pending : text.getText();
        }

        void clear(String message) {
            setText(message);
        }

        void show(OpenModel model, Reconcile.Result read) {
            StringBuilder out = new StringBuilder();
            out.append("Capture window ").append(read.traffic().windowText()).append('\n');
            for (ReadSummary summary : read.inputs()) {
                out.append(Reconcile.describe(summary)).append('\n');
            }
            for (Reconcile.DeviceInput device : read.configs()) {
                DeviceConfig config = device.config();
                out.append(config.file()).append(": ").append(config.format().label()).append(", ")
                        .append(config.rules().size()).append(" rules, device ").append(device.device().getId())
                        .append('\n');
            }
            read.notes().forEach(note -> out.append("not compared: ").append(note).append('\n'));
            out.append('\n').append(ReconcileTexts.counts(read.findings())).append(":\n");
            int listed = 0;
            for (RuleDiagnostic finding : ReconcileTexts.ordered(read.findings())) {
                if (listed++ == 200) {
                    out.append("... ").append(read.findings().size() - 200).append(" more in the Reconciliation view\n");
                    break;
                }
                out.append(ReconcileTexts.severity(finding).toLowerCase(Locale.ROOT)).append(' ')
                        .append(finding.ruleId()).append(' ').append(finding.getMessage()).append('\n');
            }
            out.append('\n').append(adoptionPreview(model, read.traffic()));
            setText(out.toString());
        }

        private void setText(String value) {
            pending = value;
            if (text != null && !text.isDisposed()) {
                text.setText(value);
            }
        }
    }

    /** What "Adopt" would add, made by the same {@link Adoption} Finish runs, without executing it. */
    static String adoptionPreview(OpenModel model, TrafficReconciliation traffic) {
        Adoption adoption = new Adoption(model.model(), traffic, model.domain());
        StringBuilder out = new StringBuilder("Adopt would add ").append(adoption.hosts().size())
                .append(" host(s) and ").append(adoption.flows().size()).append(" flow(s):\n");
        for (Asset host : adoption.hosts()) {
            out.append("  host ").append(host.getName()).append(" (").append(host.getType().getLiteral())
                    .append(") into ").append(ReconcileTexts.label(host.getInterfaces().get(0).getZone()))
                    .append('\n');
        }
        for (Flow flow : adoption.flows()) {
            out.append("  flow ").append(flow.getName()).append(": ").append(ReconcileTexts.label(flow.getSource()))
                    .append(" -> ").append(ReconcileTexts.label(flow.getTarget())).append('\n');
        }
        for (TrafficReconciliation.UnknownHost host : adoption.notAdopted()) {
            out.append("  not adopted: ").append(host.address())
                    .append(" (no zone's subnet holds it; add it where it belongs by hand)\n");
        }
        return out.toString();
    }
}
