package org.itot.export.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.itot.export.drawing.DrawingFormat;
import org.itot.model.Diagram;
import org.itot.render.DiagramOverlay;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.files.ExportDoneDialog;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.osgi.framework.FrameworkUtil;

/**
 * File &gt; Export: an open model as an Excel register or its diagrams as drawings. The work runs in the wizard's
 * progress area with a Cancel button; errors (a folder that cannot be written, a file that exists) are shown and
 * leave the model untouched. When done, a message names the files written and offers to open their folder.
 */
public class ExportWizard extends Wizard implements IExportWizard {

    private OpenModel initial;
    private ExportPage page;
    private List<Path> written = List.of();

    public ExportWizard() {
        setWindowTitle("Export");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = ModelChoice.initial(workbench, selection);
    }

    @Override
    public void addPages() {
        page = new ExportPage();
        addPage(page);
    }

    /** The page, for tests that fill it in as a user would. */
    public ExportPage getPage() {
        return page;
    }

    /** The files the last finished export wrote. */
    public List<Path> getWritten() {
        return written;
    }

    @Override
    public boolean performFinish() {
        ExportRequest request = page.request();
        try {
            List<Path> result = new ArrayList<>();
            getContainer().run(true, true, monitor -> {
                try {
                    result.addAll(request.run(monitor));
                } catch (java.io.IOException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException(e.getMessage());
                }
            });
            written = List.copyOf(result);
            if (!written.isEmpty()) {
                // On the window, not the wizard: the message stays when the wizard closes.
                Shell window = getShell().getParent() instanceof Shell parent ? parent : getShell();
                ExportDoneDialog.open(window, "Export", written);
            }
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (!(cause instanceof java.io.IOException)) {
                // Not a file problem but a failure nobody planned for (OutOfMemoryError, a bug): log it too.
                InternalErrors.report("Export", cause);
                return false;
            }
            ErrorDialog.openError(getShell(), "Export", "The export did not complete; the model is unchanged.",
                    Status.error(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause));
            return false;
        } catch (InterruptedException e) {
            MessageDialog.openInformation(getShell(), "Export",
                    "Export cancelled. " + (e.getMessage() == null ? "" : e.getMessage()));
            return false;
        }
    }

    /** Model, format, diagrams, destination and options. */
    public final class ExportPage extends WizardPage {

        private static final String REGISTER = "Excel register (.xlsx)";

        private Combo models;
        private Combo formats;
        private Combo diagrams;
        private Spinner scale;
        private Text destination;
        private Button findings;
        private Button overwrite;
        /** One check box per feature layer (as in DrawingLayers), shown while the feature offers its layer. */
        private final List<Button> layerBoxes = new ArrayList<>();
        private final List<DrawingLayers.Provider> layerProviders = DrawingLayers.providers();
        private final List<DrawingLayers.Offer> offers = new ArrayList<>();
        private final List<OpenModel> choices = new ArrayList<>(OpenModels.get().all());

        ExportPage() {
            super("export");
            setTitle("Export a register or drawings");
            setDescription("Registers list assets, zones and conduits, flows and firewall rules, and findings; "
                    + "drawings come from the same painter as the editor.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            models = combo(area, "&Model:");
            choices.forEach(m -> models.add(ModelChoice.label(m)));
            formats = combo(area, "&Format:");
            formats.add(REGISTER);
            for (DrawingFormat format : DrawingFormat.values()) {
                formats.add(format.word().toUpperCase(java.util.Locale.ROOT) + " \u2014 " + format.description());
            }
            diagrams = combo(area, "&Diagram:");
            new Label(area, SWT.NONE).setText("&Scale (PNG):");
            scale = new Spinner(area, SWT.BORDER);
            scale.setValues(2, 1, 8, 0, 1, 1);
            new Label(area, SWT.NONE);
            new Label(area, SWT.NONE).setText("&To:");
            destination = new Text(area, SWT.BORDER);
            destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(area, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> browse());
            findings = check(area, "Include &findings (register sheet, badges on drawings)", true);
            for (int i = 0; i < layerProviders.size(); i++) {
                layerBoxes.add(check(area, "", false));
                offers.add(null);
            }
            overwrite = check(area, "&Overwrite existing files", false);

            int selected = initial == null ? 0 : Math.max(0, choices.indexOf(initial));
            if (!choices.isEmpty()) {
                models.select(selected);
            }
            formats.select(0);
            models.addListener(SWT.Modify, e -> modelChanged());
            formats.addListener(SWT.Modify, e -> formatChanged());
            diagrams.addListener(SWT.Modify, e -> {
                updateLayers();
                suggestDestination();
            });
            destination.addListener(SWT.Modify, e -> validate());
            modelChanged();
            setControl(area);
        }

        private Combo combo(Composite parent, String label) {
            new Label(parent, SWT.NONE).setText(label);
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            return combo;
        }

        private static Button check(Composite parent, String label, boolean initialValue) {
            Button button = new Button(parent, SWT.CHECK);
            button.setText(label);
            button.setSelection(initialValue);
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            return button;
        }

        private OpenModel model() {
            int index = models.getSelectionIndex();
            return index < 0 ? null : choices.get(index);
        }

        /** Null for the register. */
        public DrawingFormat format() {
            int index = formats.getSelectionIndex();
            return index <= 0 ? null : DrawingFormat.values()[index - 1];
        }

        private Diagram diagram() {
            OpenModel model = model();
            int index = diagrams.getSelectionIndex();
            return model == null || index <= 0 ? null : model.model().getDiagrams().get(index - 1);
        }

        private void modelChanged() {
            diagrams.removeAll();
            diagrams.add("All diagrams, one file each, into a folder");
            if (model() != null) {
                model().model().getDiagrams().forEach(d -> diagrams.add(d.getName() == null ? d.getId() : d.getName()));
            }
            diagrams.select(diagrams.getItemCount() > 1 ? 1 : 0);
            formatChanged();
        }

        private void formatChanged() {
            boolean drawing = format() != null;
            diagrams.setEnabled(drawing);
            scale.setEnabled(format() == DrawingFormat.PNG);
            updateLayers();
            suggestDestination();
        }

        /**
         * Asks each feature what it offers for the model and diagram chosen: its box is shown for drawings when there is
         * an offer, ticked when the layer is on screen now (the Reconciliation view's sessions on the diagram).
         */
        private void updateLayers() {
            boolean changed = false;
            for (int i = 0; i < layerProviders.size(); i++) {
                DrawingLayers.Offer offer = null;
                if (format() != null && model() != null) {
                    try {
                        offer = layerProviders.get(i).offer(model(), diagram());
                    } catch (RuntimeException e) {
                        // A feature's failure never blocks the export: its layer is left out and the failure logged.
                        InternalErrors.report("Export: asking for a drawing layer", e);
                    }
                }
                Button box = layerBoxes.get(i);
                boolean visible = offer != null;
                changed |= box.getVisible() != visible;
                box.setVisible(visible);
                ((GridData) box.getLayoutData()).exclude = !visible;
                if (offer != null) {
                    box.setText(offer.label());
                    box.setSelection(offer.shown());
                }
                offers.set(i, offer);
            }
            if (changed) {
                layerBoxes.get(0).getParent().layout(true, true);
            }
        }

        /** The labels of the feature layers offered now, and whether each is ticked (tests). */
        public java.util.Map<String, Boolean> layerChoices() {
            java.util.Map<String, Boolean> choices = new java.util.LinkedHashMap<>();
            for (int i = 0; i < offers.size(); i++) {
                if (offers.get(i) != null) {
                    choices.put(offers.get(i).label(), layerBoxes.get(i).getSelection());
                }
            }
            return choices;
        }

        /** Ticks or clears the offered layer whose label starts with {@code label} (tests, as a user would). */
        public void setLayer(String label, boolean include) {
            for (int i = 0; i < offers.size(); i++) {
                if (offers.get(i) != null && offers.get(i).label().startsWith(label)) {
                    layerBoxes.get(i).setSelection(include);
                }
            }
        }

        private List<DiagramOverlay> chosenLayers() {
            List<DiagramOverlay> chosen = new ArrayList<>();
            for (int i = 0; i < offers.size(); i++) {
                if (offers.get(i) != null && layerBoxes.get(i).getSelection()) {
                    chosen.add(offers.get(i).overlay());
                }
            }
            return chosen;
        }

        private boolean toFolder() {
            return format() != null && diagram() == null;
        }

        private void suggestDestination() {
            OpenModel model = model();
            if (model == null) {
                validate();
                return;
            }
            Path folder = ItotPreferences.exportFolderFor(model.file());
            String base = model.file().getFileName().toString().replaceFirst("\\.itot$", "");
            String suggestion;
            if (format() == null) {
                suggestion = folder.resolve(base + "-register.xlsx").toString();
            } else if (toFolder()) {
                suggestion = folder.resolve(base + "-drawings").toString();
            } else {
                String name = diagram().getName() == null ? diagram().getId() : diagram().getName();
                suggestion = folder.resolve(base + "-" + name.replaceAll("[^A-Za-z0-9._-]+", "-") + "."
                        + format().extension()).toString();
            }
            destination.setText(suggestion);
            validate();
        }

        private void browse() {
            String chosen;
            if (toFolder()) {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setFilterPath(destination.getText());
                chosen = dialog.open();
            } else {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFileName(destination.getText());
                dialog.setFilterExtensions(new String[] { "*." + (format() == null ? "xlsx" : format().extension()) });
                chosen = dialog.open();
            }
            if (chosen != null) {
                destination.setText(chosen);
            }
        }

        private void validate() {
            String problem = null;
            if (model() == null) {
                problem = "Open a model first (File > Open, or the Model Explorer).";
            } else if (destination.getText().isBlank()) {
                problem = toFolder() ? "Choose a folder for the drawings." : "Choose a file to write.";
            } else {
                try {
                    Path path = Path.of(destination.getText());
                    String expected = format() == null ? ".xlsx" : toFolder() ? null : "." + format().extension();
                    if (expected != null && !path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                            .endsWith(expected)) {
                        problem = "The file name should end in " + expected + ".";
                    }
                } catch (InvalidPathException e) {
                    problem = "Not a valid path: " + e.getMessage();
                }
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        /** Fills the page in (tests): model by file, format (null = register), diagram by name (null = all). */
        public void choose(Path modelFile, DrawingFormat format, String diagramName, Path to, boolean replace) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).file().equals(modelFile.toAbsolutePath().normalize())) {
                    models.select(i);
                    modelChanged();
                }
            }
            formats.select(format == null ? 0 : format.ordinal() + 1);
            formatChanged();
            if (format != null) {
                int index = diagramName == null ? 0 : diagrams.indexOf(diagramName);
                diagrams.select(Math.max(0, index));
                updateLayers();
            }
            destination.setText(to.toString());
            overwrite.setSelection(replace);
            validate();
        }

        /** The file or folder the export will write to, as the page shows it. */
        public String destination() {
            return destination.getText();
        }

        ExportRequest request() {
            return new ExportRequest(model(), format(), diagram(), Path.of(destination.getText()).toAbsolutePath(),
                    scale.getSelection(), findings.getSelection(), overwrite.getSelection(),
                    FrameworkUtil.getBundle(ExportWizard.class).getVersion().toString(),
                    format() == null ? List.of() : chosenLayers());
        }
    }
}
