package org.itot.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.model.resource.ModelFiles;
import org.itot.model.resource.ModelLoadException;
import org.itot.ui.preferences.ItotPreferences;

/**
 * The models open in the desktop, one instance per file, shared by the Model Explorer, the diagram editors and the
 * Problems view so that they all see (and undo) the same edits. UI-thread confined except for the findings.
 */
public final class OpenModels {

    private static final OpenModels INSTANCE = new OpenModels();

    private final Map<Path, OpenModel> open = new LinkedHashMap<>();
    private final List<Consumer<OpenModel>> openListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<OpenModel>> closeListeners = new CopyOnWriteArrayList<>();

    private OpenModels() {
        // Live validation uses the rule packs and severities of the preferences: changing them re-validates.
        ItotPreferences.store().addPropertyChangeListener(event -> {
            if (ItotPreferences.RULE_PACKS.equals(event.getProperty())
                    || ItotPreferences.RULE_SEVERITIES.equals(event.getProperty())) {
                all().forEach(OpenModel::restartValidation);
            }
        });
    }

    public static OpenModels get() {
        return INSTANCE;
    }

    /**
     * The open model of a file, loading it (strictly: a broken file is refused with the reason) and starting its live
     * validation the first time.
     */
    public synchronized OpenModel open(Path file) throws ModelLoadException {
        Path normalized = file.toAbsolutePath().normalize();
        OpenModel existing = open.get(normalized);
        if (existing != null) {
            return existing;
        }
        OpenModel opened = new OpenModel(normalized, ModelFiles.load(normalized));
        open.put(normalized, opened);
        opened.startValidation();
        RecentModels.add(normalized);
        openListeners.forEach(listener -> listener.accept(opened));
        return opened;
    }

    /** The open model an element belongs to. */
    public synchronized Optional<OpenModel> of(EObject element) {
        EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
        return open.values().stream().filter(m -> m.model() == root).findFirst();
    }

    public synchronized Optional<OpenModel> find(Path file) {
        return Optional.ofNullable(open.get(file.toAbsolutePath().normalize()));
    }

    public synchronized List<OpenModel> all() {
        return new ArrayList<>(open.values());
    }

    /** Listeners hear of every model opened from now on (the explorer adds it to its tree). */
    public void addOpenListener(Consumer<OpenModel> listener) {
        openListeners.add(listener);
    }

    public void removeOpenListener(Consumer<OpenModel> listener) {
        openListeners.remove(listener);
    }

    /** Listeners hear of every model closed (the explorer removes it from its tree). */
    public void addCloseListener(Consumer<OpenModel> listener) {
        closeListeners.add(listener);
    }

    public void removeCloseListener(Consumer<OpenModel> listener) {
        closeListeners.remove(listener);
    }

    /**
     * Closes a model without asking: its changes since the last save are dropped (callers ask first, see
     * {@link UnsavedChanges}).
     */
    public void close(OpenModel model) {
        synchronized (this) {
            if (open.get(model.file()) != model) {
                return;
            }
            open.remove(model.file());
        }
        model.dispose();
        closeListeners.forEach(listener -> listener.accept(model));
    }

    /** Save As may not write over the file of another open model: two instances would claim one file. */
    synchronized void checkCanMove(OpenModel model, Path target) throws java.io.IOException {
        OpenModel other = open.get(target);
        if (other != null && other != model) {
            throw new java.io.IOException("Cannot save as " + target + ": that model is open; close it first or choose "
                    + "another file.");
        }
    }

    synchronized void moved(OpenModel model, Path from, Path to) {
        open.remove(from);
        open.put(to, model);
        RecentModels.add(to);
    }

    /** Stops every model's validation (workbench shutdown). */
    public synchronized void closeAll() {
        open.values().forEach(OpenModel::stopValidation);
        open.clear();
    }
}
