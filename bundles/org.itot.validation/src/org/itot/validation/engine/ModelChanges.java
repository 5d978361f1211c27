package org.itot.validation.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * One content adapter per model that tells any number of listeners of every change in it. Adapting every element of a
 * 100,000-asset estate takes seconds, so it is done once (by whoever opens the model, in the background) and live
 * validation and views only add a listener; each element also carries one adapter instead of one per listener.
 * Listeners are called on the thread that changed the model.
 */
public final class ModelChanges extends EContentAdapter {

    private final List<Consumer<Notification>> listeners = new CopyOnWriteArrayList<>();

    private ModelChanges() {
    }

    /**
     * The model's change feed, adapting every element the first time. Make that first call where nothing else adapts
     * the model at the same time (EMF's adapter lists are not thread-safe): on the thread that loaded it, or on the
     * thread that edits it.
     */
    public static synchronized ModelChanges of(EObject model) {
        for (Adapter adapter : model.eAdapters()) {
            if (adapter instanceof ModelChanges changes) {
                return changes;
            }
        }
        ModelChanges changes = new ModelChanges();
        model.eAdapters().add(changes);
        return changes;
    }

    public void addListener(Consumer<Notification> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Notification> listener) {
        listeners.remove(listener);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        for (Consumer<Notification> listener : listeners) {
            listener.accept(notification);
        }
    }
}
