package org.itot.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.itot.merge.MergeConflict;
import org.itot.merge.MergeResult;
import org.itot.merge.ModelMerge;
import org.itot.merge.ui.conflicts.ConflictResolution;
import org.itot.merge.ui.conflicts.ConflictResolution.Choice;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.model.edit.domain.ModelEditing;
import org.itot.model.template.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Theirs for a conflict over a reference (a workstation's patch source, set differently on both sides): the command
 * points it at the merged model's own element with their id, never at their revision's object, and one undo restores
 * ours.
 */
@ExtendWith(IsolatedWorkbench.class)
class ConflictChoicesTest {

    @Test
    void theirsForReferenceConflictsPointsAtOurElementsWithTheirIds() throws Exception {
        ArchitectureModel base = ModelTemplates.create(ModelTemplates.PURDUE);
        ArchitectureModel ours = EcoreUtil.copy(base);
        ArchitectureModel theirs = EcoreUtil.copy(base);
        Asset ourWorkstation = asset(ours, "ENT-WS-01");
        ourWorkstation.setPatchSource(asset(ours, "ENT-WS-02"));
        Asset theirWorkstation = asset(theirs, "ENT-WS-01");
        theirWorkstation.setPatchSource(asset(theirs, "CTL-PLC-02"));

        MergeResult result = ModelMerge.merge(base, ours, theirs);
        ArchitectureModel merged = result.merged();
        new ResourceSetImpl().createResource(URI.createURI("memory:/merged.itot")).getContents().add(merged);
        MergeConflict conflict = result.conflicts().stream()
                .filter(c -> c.elementId().equals("ENT-WS-01") && c.feature().equals("patchSource")).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict over patchSource: " + result.conflicts()));
        Map<MergeConflict, Choice> choices = new LinkedHashMap<>();
        choices.put(conflict, Choice.THEIRS);
        // A choice the model already holds adds nothing to the command.
        result.conflicts().stream().filter(other -> other != conflict).forEach(other -> choices.put(other,
                Choice.OURS));
        Asset workstation = asset(merged, "ENT-WS-01");
        assertSame(asset(merged, "ENT-WS-02"), workstation.getPatchSource(), "the merge holds ours");

        EditingDomain domain = ModelEditing.domainFor(merged);
        Command command = new ConflictResolution(merged, theirs).command(domain, choices);
        assertNotNull(command);
        CommandStack stack = domain.getCommandStack();
        stack.execute(command);
        Asset plc = asset(merged, "CTL-PLC-02");
        assertSame(plc, workstation.getPatchSource(), "theirs, as the merged model's own element");

        stack.undo();
        assertSame(asset(merged, "ENT-WS-02"), workstation.getPatchSource(), "one undo restores ours");
    }

    private static Asset asset(ArchitectureModel model, String id) {
        return GitModelRepository.asset(model, id);
    }
}
