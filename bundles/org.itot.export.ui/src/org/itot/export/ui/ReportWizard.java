package org.itot.export.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.report.ReportStandard;
import org.itot.report.ReportWriter;
import org.itot.report.ReportWriter.Format;
import org.itot.ui.errors.InternalErrors;
import org.itot.ui.files.ExportDoneDialog;
import org.itot.ui.models.OpenModel;
import org.itot.ui.models.OpenModels;
import org.itot.ui.preferences.ItotPreferences;
import org.itot.ui.preferences.RulePacks;
import org.osgi.framework.FrameworkUtil;

/**
 * File &gt; Export &gt; Compliance Evidence Report: what {@code itot report} writes, for a saved open model. The report
 * names the digest of the model file, so a model with unsaved changes must be saved first.
 */
public class ReportWizard extends Wizard implements IExportWizard {

    private OpenModel initial;
    private ReportPage page;

    public ReportWizard() {
        setWindowTitle("Export Report");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initial = ModelChoice.initial(workbench, selection);
    }

    @Override
    public void addPages() {
        page = new ReportPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        OpenModel model = page.model();
        Path folder = Path.of(page.destination.getText()).toAbsolutePath();
        ReportWriter.Options options = new ReportWriter.Options(
                FrameworkUtil.getBundle(ReportWizard.class).getVersion().toString(), LocalDate.now(ZoneOffset.UTC),
                page.standards(), page.formats(), RulePacks.configuration());
        List<Path> written = new ArrayList<>();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Writing the report of " + model.file().getFileName(), 1);
                // Under the read lock: edits wait, and the report never reads a half-edited model.
                Lock read = ModelEditing.commandStackFor(model.model()).lock().readLock();
                read.lock();
                try {
                    written.addAll(ReportWriter.write(model.model(), model.file(), folder, options).files());
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    read.unlock();
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (!(cause instanceof IOException)) {
                InternalErrors.report("Export Report", cause);
                return false;
            }
            ErrorDialog.openError(getShell(), "Export Report", "The report was not written; nothing was changed.",
                    Status.error(cause.getMessage(), cause));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        Shell window = getShell().getParent() instanceof Shell parent ? parent : getShell();
        ExportDoneDialog.open(window, "Export Report", written);
        return true;
    }

    /** Model, standards, formats and folder. */
    final class ReportPage extends WizardPage {

        private final List<OpenModel> choices = new ArrayList<>(OpenModels.get().all());
        private final List<Button> standardButtons = new ArrayList<>();
        private Combo models;
        private Button html;
        private Button pdf;
        private Text destination;
        private Button replace;

        ReportPage() {
            super("report");
            setTitle("Export a compliance evidence report");
            setDescription("IEC 62443-3-3 matrix per zone, ZCRs, findings, attack paths and ATT&CK coverage as "
                    + "HTML and PDF, made from the saved model.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(3, false));
            new Label(area, SWT.NONE).setText("&Model:");
            models = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            models.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            choices.forEach(m -> models.add(ModelChoice.label(m)));
            new Label(area, SWT.NONE).setText("Standards:");
            Composite standards = new Composite(area, SWT.NONE);
            standards.setLayout(new GridLayout(2, true));
            standards.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            for (ReportStandard standard : ReportStandard.values()) {
                Button button = new Button(standards, SWT.CHECK);
                button.setText(standard.title());
                button.setData(standard);
                button.setSelection(ReportStandard.defaults().contains(standard));
                button.addListener(SWT.Selection, e -> validate());
                standardButtons.add(button);
            }
            new Label(area, SWT.NONE).setText("Formats:");
            Composite formats = new Composite(area, SWT.NONE);
            formats.setLayout(new GridLayout(2, false));
            formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            html = new Button(formats, SWT.CHECK);
            html.setText("&HTML (index.html)");
            html.setSelection(true);
            html.addListener(SWT.Selection, e -> validate());
            pdf = new Button(formats, SWT.CHECK);
            pdf.setText("&PDF (report.pdf)");
            pdf.setSelection(true);
            pdf.addListener(SWT.Selection, e -> validate());
            new Label(area, SWT.NONE).setText("&Folder:");
            destination = new Text(area, SWT.BORDER);
            destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(area, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setFilterPath(destination.getText());
                String chosen = dialog.open();
                if (chosen != null) {
                    destination.setText(chosen);
                }
            });
            replace = new Button(area, SWT.CHECK);
            replace.setText("&Replace the folder if it holds files");
            replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            replace.addListener(SWT.Selection, e -> validate());
            if (!choices.isEmpty()) {
                models.select(initial == null ? 0 : Math.max(0, choices.indexOf(initial)));
            }
            models.addListener(SWT.Modify, e -> suggest());
            destination.addListener(SWT.Modify, e -> validate());
            suggest();
            setControl(area);
        }

        OpenModel model() {
            int index = models.getSelectionIndex();
            return index < 0 ? null : choices.get(index);
        }

        List<ReportStandard> standards() {
            return standardButtons.stream().filter(Button::getSelection).map(b -> (ReportStandard) b.getData())
                    .toList();
        }

        Set<Format> formats() {
            Set<Format> chosen = EnumSet.noneOf(Format.class);
            if (html.getSelection()) {
                chosen.add(Format.HTML);
            }
            if (pdf.getSelection()) {
                chosen.add(Format.PDF);
            }
            return chosen;
        }

        private void suggest() {
            OpenModel model = model();
            if (model != null) {
                String base = model.file().getFileName().toString().replaceFirst("\\.itot$", "");
                destination.setText(ItotPreferences.exportFolderFor(model.file()).resolve(base + "-report").toString());
            }
            validate();
        }

        private void validate() {
            String problem = null;
            OpenModel model = model();
            if (model == null) {
                problem = "Open a model first (File > Open, or the Model Explorer).";
            } else if (model.isDirty()) {
                problem = "Save the model first: the report names the digest of the model file.";
            } else if (standards().isEmpty()) {
                problem = "Choose at least one standard.";
            } else if (formats().isEmpty()) {
                problem = "Choose HTML, PDF or both.";
            } else if (destination.getText().isBlank()) {
                problem = "Choose a folder for the report.";
            } else {
                problem = folderProblem();
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        private String folderProblem() {
            try {
                Path folder = Path.of(destination.getText());
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    return "That is a file; the report goes into a folder.";
                }
                if (Files.isDirectory(folder) && !replace.getSelection()) {
                    try (Stream<Path> entries = Files.list(folder)) {
                        if (entries.findAny().isPresent()) {
                            return "The folder holds files: tick 'Replace the folder' or choose another.";
                        }
                    }
                }
                return null;
            } catch (InvalidPathException | IOException e) {
                return "Not a usable folder: " + e.getMessage();
            }
        }
    }
}
