package org.itot.export.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.itot.export.drawing.DrawingExport;
import org.itot.export.drawing.DrawingFormat;
import org.itot.export.drawing.DrawingOptions;
import org.itot.export.drawing.ExportCancelledException;
import org.itot.export.drawing.ExportMonitor;
import org.itot.export.excel.RegisterExporter;
import org.itot.model.Diagram;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.render.DiagramOverlay;
import org.itot.render.DiagramPainter;
import org.itot.ui.models.OpenModel;
import org.itot.ui.preferences.RulePacks;
import org.itot.validation.engine.ModelFindings;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * One export as the wizard's page describes it, run off the UI thread under the model's read lock, so edits wait
 * for it and it never writes a half-edited model. Cancel stops between diagrams (files already written stay) or
 * before the register is written.
 *
 * @param format null for the Excel register
 * @param diagram null for every diagram
 * @param overlays other features' layers drawn over each drawing (the observed sessions), with their legend
 */
record ExportRequest(OpenModel model, DrawingFormat format, Diagram diagram, Path destination, double scale,
        boolean withFindings, boolean overwrite, String toolVersion, List<DiagramOverlay> overlays) {

    /** @return the files written */
    List<Path> run(IProgressMonitor progress) throws IOException {
        ModelCommandStack stack = ModelEditing.commandStackFor(model.model());
        Lock read = stack.lock().readLock();
        read.lock();
        try {
            return format == null ? writeRegister(progress) : writeDrawings(progress);
        } finally {
            read.unlock();
        }
    }

    /**
     * The findings of the exported state, made as live validation and {@code itot validate} make them (the
     * user's packs, preferred severities, the model's rule settings and waivers), for the register and the
     * drawings alike; computed under the read lock, so they match what is written.
     */
    private Diagnostic findings(IProgressMonitor monitor) {
        return ModelFindings.validate(model.model(), RulePacks.configuration().validator(), monitor);
    }

    private List<Path> writeRegister(IProgressMonitor progress) throws IOException {
        SubMonitor monitor = SubMonitor.convert(progress, "Writing the register of " + model.file().getFileName(), 3);
        if (!overwrite && destination.toFile().exists()) {
            throw new java.nio.file.FileAlreadyExistsException(destination.toString(), null,
                    "already exists; tick 'Overwrite existing files' or choose another name");
        }
        List<RuleDiagnostic> findings = List.of();
        if (withFindings) {
            monitor.subTask("Validating the model");
            findings = ModelFindings.findings(findings(monitor.split(1)));
        }
        checkCancelled(monitor);
        monitor.subTask("Writing " + destination.getFileName());
        RegisterExporter.write(model.model(), new RegisterExporter.Options(toolVersion, Instant.now(), findings),
                destination, monitor.split(2));
        return List.of(destination);
    }

    private List<Path> writeDrawings(IProgressMonitor progress) throws IOException {
        Map<? extends EObject, Integer> severities = withFindings
                ? DiagramPainter.severities(findings(progress)) : Map.of();
        DrawingOptions options = new DrawingOptions(scale, severities, overwrite, overlays);
        if (diagram != null) {
            SubMonitor monitor = SubMonitor.convert(progress, "Writing " + destination.getFileName(), 1);
            DrawingExport.write(diagram, format, destination, options);
            monitor.worked(1);
            return List.of(destination);
        }
        List<Diagram> diagrams = model.model().getDiagrams();
        SubMonitor monitor = SubMonitor.convert(progress, "Writing " + diagrams.size() + " drawings",
                diagrams.size());
        try {
            return DrawingExport.writeAll(diagrams, format, destination, options, new ExportMonitor() {
                @Override
                public void progress(int done, int total, String diagramName) {
                    monitor.subTask(diagramName);
                    monitor.setWorkRemaining(total - done);
                    if (done > 0) {
                        monitor.worked(1);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }
            });
        } catch (ExportCancelledException e) {
            throw new OperationCanceledException(e.written().size() + " of " + diagrams.size()
                    + " drawings were written before the export was cancelled");
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
