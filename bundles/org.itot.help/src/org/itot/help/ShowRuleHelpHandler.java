package org.itot.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.itot.help.pages.HelpPages;
import org.itot.ui.problems.FindingMarkers;
import org.itot.validation.engine.RuleDiagnostic;

/**
 * Rule Help: opens the help page of the rule of the selected finding (a Problems view entry, a row of the Findings
 * tab) or rule (Rules view); with nothing of the kind selected, the rule reference.
 */
public final class ShowRuleHelpHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.itot.help.showRuleHelp";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String ruleId = ruleIdOf(HandlerUtil.getCurrentSelection(event));
        try {
            HelpView.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                    ruleId == null ? HelpPages.RULES : HelpPages.ruleId(ruleId));
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the help view: " + e.getMessage(), e);
        }
        return null;
    }

    /** The rule ID of the first selected finding marker or rule entry, or null. */
    public static String ruleIdOf(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        Object first = structured.getFirstElement();
        if (first instanceof RuleEntry rule) {
            return rule.id();
        }
        if (first instanceof RuleDiagnostic finding) {
            return finding.ruleId(); // the element's Findings tab
        }
        IMarker marker = Adapters.adapt(first, IMarker.class);
        return marker == null ? null : marker.getAttribute(FindingMarkers.RULE_ID, null);
    }
}
