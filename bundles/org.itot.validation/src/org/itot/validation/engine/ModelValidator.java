package org.itot.validation.engine;

import java.util.ArrayDeque;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.itot.model.ArchitectureModel;
import org.itot.model.ModelElement;
import org.itot.model.RuleSetting;
import org.itot.model.SeverityOverride;
import org.itot.model.Waiver;
import org.itot.model.query.ZoneGraph;
import org.itot.validation.rules.CompiledRule;
import org.itot.validation.rules.Deadline;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.RulePack;
import org.itot.validation.rules.RuleEvaluationException;
import org.itot.validation.rules.RuleInput;
import org.itot.validation.rules.Severity;

/**
 * The one validator behind the desktop, the CLI and the exporters: evaluates the rules of the given
 * packs on every element of a model and returns one EMF {@link Diagnostic} whose children are
 * {@link RuleDiagnostic}s. Honours the model's rule settings (disabled rules, severity overrides)
 * and waivers (accepted risks).
 * <p>
 * A whole-model run spreads the elements over the machine's cores ({@value #THREADS_PROPERTY}): the elements are
 * taken in blocks in model order, each thread evaluates rules of its own (OCL queries are not shared between
 * threads), and the blocks' findings are joined in model order, so the findings and their order are those of one
 * thread.
 */
public final class ModelValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.itot.validation";

    /** System property: how many threads a whole-model run uses (default: the machine's cores); 1 for one thread. */
    public static final String THREADS_PROPERTY = "itot.validation.threads";

    /** More threads than this gain nothing the copies of every rule they need would not cost again. */
    private static final int MAX_THREADS = 8;

    /** Elements a thread takes at a time: small enough to share out unequal elements, large enough to be cheap. */
    private static final int BLOCK = 64;

    /** A worker thread's stack, as deep as a main thread's: rules recurse through OCL's evaluator. */
    private static final long WORKER_STACK_BYTES = 8L * 1024 * 1024;

    private final List<CompiledRule> rules = new ArrayList<>();
    private final Map<EClass, List<CompiledRule>> rulesByClass = new ConcurrentHashMap<>();
    private final Map<EReference, Boolean> checkedContainments = new ConcurrentHashMap<>();
    private final Map<String, Severity> severityDefaults;
    private final Duration runAllowance;
    private final int threads;
    /** Rule copies for worker threads, kept between runs: a copy is a set of new OCL queries, not a new parse. */
    private final Queue<Map<CompiledRule, CompiledRule>> spareCopies = new ConcurrentLinkedQueue<>();

    /**
     * Installs the indexes validation keeps on a model: EMF's cross-reference index and the cached zone graph, both
     * adapters on every element. EMF's adapter lists are not thread-safe, so a model shown in the desktop gets them
     * on the UI thread, where its views add their own adapters, before anything validates it in the background.
     */
    public static void prepareIndexes(ArchitectureModel model) {
        CrossReferences.ensure(model);
        ZoneGraph.of(model);
    }

    public ModelValidator(List<RulePack> packs) {
        this(packs, Map.of());
    }

    /**
     * @param severityDefaults severities by rule ID that replace the catalogue's (the desktop's preferences); a
     *                         model's own rule settings still win over them
     */
    public ModelValidator(List<RulePack> packs, Map<String, Severity> severityDefaults) {
        this(packs, severityDefaults, Deadline.configured());
    }

    /**
     * @param runAllowance how long one {@link #validate(ArchitectureModel, IProgressMonitor) run} may take in all
     *                     (default {@value Deadline#DEFAULT_SECONDS} s, {@value Deadline#SECONDS_PROPERTY}); the rules
     *                     not evaluated by then are reported as findings
     */
    public ModelValidator(List<RulePack> packs, Map<String, Severity> severityDefaults, Duration runAllowance) {
        this(packs, severityDefaults, runAllowance, configuredThreads());
    }

    /**
     * @param threads how many threads a whole-model run may use (at most {@value #MAX_THREADS}); 1 validates on the
     *                calling thread alone. The findings do not depend on it.
     */
    public ModelValidator(List<RulePack> packs, Map<String, Severity> severityDefaults, Duration runAllowance,
            int threads) {
        for (RulePack pack : packs) {
            rules.addAll(pack.rules());
        }
        this.severityDefaults = Map.copyOf(severityDefaults);
        this.runAllowance = runAllowance;
        this.threads = Math.max(1, Math.min(MAX_THREADS, threads));
    }

    /** The threads of {@value #THREADS_PROPERTY}, or the machine's cores. */
    public static int configuredThreads() {
        return Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors());
    }

    public List<CompiledRule> rules() {
        return List.copyOf(rules);
    }

    public Diagnostic validate(ArchitectureModel model) {
        return validate(model, new NullProgressMonitor());
    }

    /**
     * Validates the whole model, checking {@code monitor} before each element, so a cancel stops it before the
     * next element. The run has a total deadline: once it has passed, no more rules are evaluated, and each rule
     * that had elements left gets one error finding on the model saying on how many it was not evaluated and why.
     *
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public Diagnostic validate(ArchitectureModel model, IProgressMonitor monitor) {
        CrossReferences.ensure(model);
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                "Validation of " + ElementLabels.label(model), new Object[] { model });
        Run run = new Run(Deadline.after(runAllowance));
        Settings settings = Settings.of(model);
        List<EObject> elements = new ArrayList<>();
        walk(model, elements, monitor);
        int blocks = (elements.size() + BLOCK - 1) / BLOCK;
        if (Math.min(threads, blocks) <= 1) {
            for (EObject element : elements) {
                checkCancelled(monitor);
                validateElement(element, settings, result, run, this::rulesFor);
            }
        } else {
            validateInParallel(elements, Math.min(threads, blocks), settings, result, monitor, run);
        }
        run.reportSkipped(model, result);
        return result;
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("The validation of the model was cancelled");
        }
    }

    /**
     * Threads take blocks of elements in model order until none is left, each with rule copies of its own; the
     * calling thread works too. The blocks' findings are joined in block order: the result of one thread.
     */
    private void validateInParallel(List<EObject> elements, int workers, Settings settings, BasicDiagnostic into,
            IProgressMonitor monitor, Run run) {
        int blocks = (elements.size() + BLOCK - 1) / BLOCK;
        BasicDiagnostic[] found = new BasicDiagnostic[blocks];
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            Map<CompiledRule, CompiledRule> copies = takeCopies();
            Map<EClass, List<CompiledRule>> copiesByClass = new HashMap<>();
            Function<EClass, List<CompiledRule>> rulesOf = eClass -> copiesByClass.computeIfAbsent(eClass,
                    c -> rulesFor(c).stream().map(copies::get).toList());
            try {
                for (int block = nextBlock.getAndIncrement(); block < blocks && !cancelled.get()
                        && failure.get() == null; block = nextBlock.getAndIncrement()) {
                    BasicDiagnostic collector = new BasicDiagnostic();
                    for (int i = block * BLOCK; i < Math.min(elements.size(), (block + 1) * BLOCK); i++) {
                        if (monitor.isCanceled()) {
                            cancelled.set(true);
                            return;
                        }
                        validateElement(elements.get(i), settings, collector, run, rulesOf);
                    }
                    found[block] = collector;
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                spareCopies.add(copies);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            Thread helper = new Thread(null, work, "itot validation " + i, WORKER_STACK_BYTES);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        joinAll(helpers);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
        if (cancelled.get()) {
            throw new OperationCanceledException("The validation of the model was cancelled");
        }
        for (BasicDiagnostic block : found) {
            for (Diagnostic finding : block.getChildren()) {
                into.add(finding);
            }
        }
    }

    /** Waits for the helpers, which end on their own (every block taken, cancelled or failed); keeps an interrupt. */
    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A copy of every rule for one thread: a spare one from an earlier run, or new. */
    private Map<CompiledRule, CompiledRule> takeCopies() {
        Map<CompiledRule, CompiledRule> copies = spareCopies.poll();
        if (copies == null) {
            copies = new HashMap<>();
            for (CompiledRule rule : rules) {
                copies.put(rule, rule.copyForThread());
            }
        }
        return copies;
    }

    /** One run's deadline, and what was left for each rule when it passed. */
    private static final class Run {
        final Deadline deadline;
        final Map<RuleDefinition, Integer> skipped = new LinkedHashMap<>();
        /** Read and set by every thread of the run. */
        volatile boolean over;

        Run(Deadline deadline) {
            this.deadline = deadline;
        }

        boolean over() {
            if (!over && deadline.passed()) {
                over = true;
            }
            return over;
        }

        synchronized void skip(CompiledRule rule) {
            over = true;
            skipped.merge(rule.definition(), 1, Integer::sum);
        }

        synchronized void reportSkipped(ArchitectureModel model, BasicDiagnostic into) {
            skipped.forEach((rule, elements) -> into.add(new RuleDiagnostic(Diagnostic.ERROR, rule,
                    rule.id() + "@" + ElementLabels.key(model) + "#deadline", "Rule " + rule.id() + " was not evaluated on "
                            + elements + (elements == 1 ? " element: " : " elements: ") + deadline.reason()
                            + ". Validate again with more time, or fix or disable slow rules in " + rule.source(),
                    List.of(model), null, null)));
        }
    }

    /**
     * The elements to validate, in the order findings are reported: depth-first over the containment tree, in the
     * order of {@code eAllContents()}, but only into containments that can hold an element some rule applies to: port
     * ranges, diagram views and the like are never visited when no rule looks at them.
     */
    private void walk(EObject element, List<EObject> into, IProgressMonitor monitor) {
        checkCancelled(monitor);
        into.add(element);
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!canHoldCheckedElements(containment)) {
                continue;
            }
            Object value = element.eGet(containment);
            if (value instanceof List<?> children) {
                for (Object child : children) {
                    walk((EObject) child, into, monitor);
                }
            } else if (value instanceof EObject child) {
                walk(child, into, monitor);
            }
        }
    }

    private boolean canHoldCheckedElements(EReference containment) {
        return checkedContainments.computeIfAbsent(containment, reference -> {
            Set<EClass> seen = new HashSet<>();
            Deque<EClass> work = new ArrayDeque<>(concreteKinds(reference.getEReferenceType()));
            while (!work.isEmpty()) {
                EClass eClass = work.poll();
                if (!seen.add(eClass)) {
                    continue;
                }
                if (!rulesFor(eClass).isEmpty()) {
                    return true;
                }
                for (EReference inner : eClass.getEAllContainments()) {
                    work.addAll(concreteKinds(inner.getEReferenceType()));
                }
            }
            return false;
        });
    }

    /** The class and every class of its package that extends it: what a containment may hold. */
    private static List<EClass> concreteKinds(EClass type) {
        List<EClass> kinds = new ArrayList<>();
        kinds.add(type);
        for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass candidate && candidate != type && type.isSuperTypeOf(candidate)) {
                kinds.add(candidate);
            }
        }
        return kinds;
    }

    /** Evaluates the applicable rules on one element; live validation calls this for changed elements. */
    public List<RuleDiagnostic> validateElement(EObject element, Settings settings) {
        BasicDiagnostic collector = new BasicDiagnostic();
        validateElement(element, settings, collector, null, this::rulesFor);
        return collector.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    /** {@code run} is null outside a whole-model run (live validation): no deadline then. */
    private void validateElement(EObject element, Settings settings, BasicDiagnostic into, Run run,
            Function<EClass, List<CompiledRule>> rulesOf) {
        boolean over = run != null && run.over();
        for (CompiledRule rule : rulesOf.apply(element.eClass())) {
            RuleSetting setting = settings.rules().get(rule.definition().id());
            if (setting != null && !setting.isEnabled()) {
                continue;
            }
            if (over) {
                run.skip(rule);
                continue;
            }
            try {
                report(rule, element, setting, settings, into, run == null ? Deadline.NONE : run.deadline);
            } catch (RuleEvaluationException e) {
                if (e.pastDeadline() && run != null) {
                    run.skip(rule);
                    over = true;
                    continue;
                }
                // A runaway rule (endless recursion, huge collection) is a finding, not a hang or a crash.
                String findingId = rule.definition().id() + "@" + ElementLabels.key(element);
                into.add(new RuleDiagnostic(Diagnostic.ERROR, rule.definition(), findingId, "Rule "
                        + rule.definition().id() + " could not be evaluated on " + ElementLabels.label(element) + ": "
                        + e.getMessage() + ". Fix or disable the rule in " + rule.definition().source(),
                        List.of(element), null, null));
            }
        }
    }

    private void report(CompiledRule rule, EObject element, RuleSetting setting, Settings settings,
            BasicDiagnostic into, Deadline deadline) {
        if (rule.holds(element, deadline)) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        elements.add(element);
        // A completeness invariant's related elements may name the element itself (a zone lacking its own SL-T).
        rule.relatedElements(element, deadline).stream().filter(related -> related != element).forEach(elements::add);
        String findingId = rule.definition().id() + "@" + ElementLabels.key(element);
        if (rule.missingInput() != null) {
            // One zone may lack several inputs of one rule (owner and accountable organisation): one finding each.
            findingId += "#" + RuleInput.slug(rule.missingInput());
        }
        Waiver waiver = settings.waivers().get(findingId);
        String waiverNote = waiver == null ? null : Waivers.whyNotApplicable(waiver, element, settings.now());
        if (waiver != null && waiverNote == null && settings.ambiguousKeys().contains(ElementLabels.key(element))) {
            // A waiver names its element by id; with two elements of that id it would cover both unseen.
            waiverNote = "the waiver cannot tell which element it accepts: more than one element has the id '"
                    + ElementLabels.key(element) + "'; give each element its own id and accept the risk again";
        }
        Severity base = severityDefaults.getOrDefault(rule.definition().id(), rule.severity());
        into.add(new RuleDiagnostic(severity(base, setting).toDiagnostic(), rule.definition(), findingId,
                rule.message(element, ElementLabels::label, deadline), elements, waiverNote == null ? waiver : null, waiverNote,
                rule.missingInput(), rule.missingInput() == null ? 0 : Math.max(1, rule.relatedCount(element, deadline))));
    }

    /**
     * What a model says about its own validation: rule settings and waivers, read once per run, and
     * the element ids that more than one element carries (waivers on them apply to none).
     */
    public record Settings(Map<String, RuleSetting> rules, Map<String, Waiver> waivers, Date now,
            Set<String> ambiguousKeys) {

        public static Settings of(ArchitectureModel model) {
            Map<String, RuleSetting> rules = new HashMap<>();
            for (RuleSetting setting : model.getRuleSettings()) {
                rules.put(setting.getRuleId(), setting);
            }
            Map<String, Waiver> waivers = Waivers.byFindingId(model);
            return new Settings(rules, waivers, new Date(), waivers.isEmpty() ? Set.of() : sharedIds(model));
        }

        private static Set<String> sharedIds(ArchitectureModel model) {
            Set<String> seen = new HashSet<>();
            Set<String> shared = new HashSet<>();
            for (java.util.Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof ModelElement element && element.getId() != null
                        && !element.getId().isBlank() && !seen.add(element.getId())) {
                    shared.add(element.getId());
                }
            }
            return Set.copyOf(shared);
        }
    }

    private static Severity severity(Severity catalogue, RuleSetting setting) {
        if (setting == null || setting.getSeverity() == SeverityOverride.DEFAULT) {
            return catalogue;
        }
        return Severity.valueOf(setting.getSeverity().getName());
    }

    private List<CompiledRule> rulesFor(EClass eClass) {
        return rulesByClass.computeIfAbsent(eClass,
                c -> rules.stream().filter(rule -> rule.context().isSuperTypeOf(c)).toList());
    }
}
