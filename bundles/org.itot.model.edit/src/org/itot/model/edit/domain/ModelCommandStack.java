package org.itot.model.edit.domain;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of one model, with the model's read/write lock: commands (and their undo and
 * redo) change the model under the write lock, background readers (live validation, layout, export)
 * read under the read lock. Readers are expected to give way when a command is waiting
 * ({@link #isWriterWaiting()}), so the user's edit never waits for a long background read.
 */
public class ModelCommandStack extends BasicCommandStack {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public ReentrantReadWriteLock lock() {
        return lock;
    }

    /** True when a command is waiting for the model: background readers should stop and retry later. */
    public boolean isWriterWaiting() {
        return lock.hasQueuedThreads();
    }

    @Override
    public void execute(Command command) {
        lock.writeLock().lock();
        try {
            super.execute(command);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void undo() {
        lock.writeLock().lock();
        try {
            super.undo();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void redo() {
        lock.writeLock().lock();
        try {
            super.redo();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
