package org.itot.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.layout.DiagramLayout;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.Diagram;
import org.itot.model.ItotFactory;
import org.itot.model.ItotPackage;
import org.itot.model.NodeView;
import org.itot.model.edit.domain.ModelCommandStack;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.itot.testing.EditStream;
import org.junit.jupiter.api.Test;

/**
 * Arrange All next to edits: one thread lays the diagram out and executes the layout command on the model's one
 * command stack while another adds, removes and moves views. Layout reads the diagram under the model's read lock,
 * so no ConcurrentModificationException; every edit and every layout lands on the stack, and once the edits stop a
 * last Arrange All leaves a diagram that needs no more arranging.
 */
class ConcurrentLayoutTest {

    private static final int LAYOUTS = 25;

    @Test
    void arrangeAllRunsNextToAStreamOfEdits() throws Exception {
        ArchitectureModel model = ModelTemplates.create(ModelTemplates.PURDUE);
        new ResourceSetImpl().createResource(URI.createURI("memory:/plant.itot")).getContents().add(model);
        Diagram diagram = model.getDiagrams().get(0);
        EditingDomain domain = ModelEditing.domainFor(model);
        ModelCommandStack stack = ModelEditing.commandStackFor(model);
        int viewsBefore = diagram.getNodes().size();
        List<Asset> assets = model.getAllAssets();
        List<NodeView> added = new ArrayList<>();
        Random random = new Random(62443);
        // Both threads execute on one stack, so "the most recent command" right after an execute may already be the
        // other thread's: whether every command landed is checked on the undo history once the edits have stopped.
        List<Command> executed = Collections.synchronizedList(new ArrayList<>());
        EditStream edits = EditStream.start("editor", Duration.ofMillis(1), i -> {
            Command command;
            if (i % 3 == 0 || added.isEmpty()) {
                NodeView view = ItotFactory.eINSTANCE.createNodeView();
                view.setElement(assets.get(random.nextInt(assets.size())));
                view.setWidth(140);
                view.setHeight(56);
                command = AddCommand.create(domain, diagram, ItotPackage.Literals.DIAGRAM__NODES, view);
                added.add(view);
            } else if (i % 3 == 1) {
                NodeView view = diagram.getNodes().get(random.nextInt(diagram.getNodes().size()));
                command = SetCommand.create(domain, view, ItotPackage.Literals.NODE_VIEW__X, random.nextInt(2000));
            } else {
                command = RemoveCommand.create(domain, diagram, ItotPackage.Literals.DIAGRAM__NODES,
                        added.remove(added.size() - 1));
            }
            assertTrue(command.canExecute(), "edit " + i + " cannot execute");
            stack.execute(command);
            executed.add(command);
        });
        int layouts = 0;
        List<Integer> editsAtStart = new ArrayList<>();
        try {
            while (layouts < LAYOUTS) {
                // Each layout starts after at least one more edit: every one reads a model the edits have changed,
                // whatever the scheduler does (no count of "edits that happened to run during" to hope for).
                edits.awaitMoreThan(editsAtStart.isEmpty() ? 0 : editsAtStart.get(editsAtStart.size() - 1),
                        Duration.ofSeconds(30));
                editsAtStart.add(edits.edits());
                Command arrange = DiagramLayout.createLayoutCommand(domain, diagram);
                if (arrange.canExecute()) {
                    stack.execute(arrange);
                    executed.add(arrange);
                }
                layouts++;
            }
        } finally {
            int made = edits.stop();
            System.out.printf("layout next to edits: %d Arrange All, %d edits, edits at each start %s%n", layouts, made,
                    editsAtStart);
        }
        assertEquals(viewsBefore + added.size(), diagram.getNodes().size(), "every add and remove was applied");
        stack.execute(DiagramLayout.createLayoutCommand(domain, diagram));
        assertFalse(DiagramLayout.createLayoutCommand(domain, diagram).canExecute(),
                "after the edits, one Arrange All leaves nothing to arrange");

        Set<Command> onTheStack = new HashSet<>();
        while (stack.canUndo()) {
            onTheStack.add(stack.getUndoCommand());
            stack.undo();
        }
        for (Command command : executed) {
            assertTrue(onTheStack.contains(command), command.getLabel() + " was not applied");
        }
    }
}
