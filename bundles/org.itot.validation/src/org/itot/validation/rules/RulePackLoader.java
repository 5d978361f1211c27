package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.cst.CSTNode;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.expressions.MessageExp;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.expressions.OperationCallExp;
import org.eclipse.ocl.utilities.UMLReflection;

/**
 * Reads a rule pack: a Complete-OCL document whose invariants carry their rule metadata in the
 * comment block before them ({@code -- @rule SEG-01}, {@code -- @severity error}, ...; see
 * docs/RULE-PACKS.md). This is the one class that parses OCL text.
 * <p>
 * A broken invariant does not take the pack down: it is reported with file, line, column and the
 * OCL parser's reason, blanked out, and the rest of the pack is parsed again. Nothing in a pack can
 * throw out of here: the stack or heap running out in the OCL parser is a problem like a syntax error.
 * <p>
 * Packs only read the model: a call of an operation that can change it ({@code ecore::EObject::eSet},
 * {@code eUnset}, the reflective {@code eInvoke}, factories) is refused here, where it is written,
 * before any rule runs. The model's own operations are queries.
 */
public final class RulePackLoader {

    /** System property: the largest pack, in bytes (UTF-8), the loader reads (default 4 MB). */
    public static final String MAX_BYTES_PROPERTY = "itot.maxRulePackBytes";

    private static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    /**
     * How deeply one expression may nest. A chain of {@code and}/{@code or} nests one level per term and each level
     * costs the evaluator stack; a flat chain of 1,000 terms overflowed OCL's analyser. Honest rules stay far below
     * (the built-in catalogue's deepest expression nests 15 levels).
     */
    public static final int MAX_EXPRESSION_DEPTH = 150;

    /** Invariants parsed together; a part this size parses in a few tens of milliseconds. */
    private static final int CHUNK_INVARIANTS = 250;

    /** After this many broken statements the pack is refused as a whole: each one costs a new parse. */
    private static final int MAX_PROBLEMS = 100;

    /** @message and @related are one line of output, and interpolated on every finding. */
    private static final int MAX_MESSAGE_METADATA = CompiledRule.MAX_MESSAGE_LENGTH;

    /** OCL's analyser recurses once per nested expression; parsing gets a stack of its own, as deep as this. */
    private static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

    /** The operations of ecore::EObject and of Ecore's metaclasses a pack may call: all of them only read. */
    private static final Set<String> READ_ONLY_ECORE_OPERATIONS = Set.of("eClass", "eIsProxy", "eResource",
            "eContainer", "eContainingFeature", "eContainmentFeature", "eContents", "eAllContents", "eCrossReferences",
            "eGet", "eIsSet", "isSuperTypeOf", "getFeatureCount", "getEStructuralFeature", "getFeatureID",
            "getOperationCount", "getEOperation", "getOperationID", "getOverride", "getFeatureType", "isInstance",
            "getClassifierID", "getEAnnotation", "getEEnumLiteral", "getEEnumLiteralByLiteral", "isOverrideOf",
            "getContainerClass", "getEClassifier");

    private static final Pattern COMMENT = Pattern.compile("^\\s*--(.*)$");
    private static final Pattern META = Pattern.compile("^\\s*@([A-Za-z]+)\\s*(.*)$");
    private static final Pattern INVARIANT = Pattern.compile("^\\s*inv\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    private static final Pattern STATEMENT = Pattern.compile("(?m)^[ \\t]*(package|context|inv|def|endpackage)\\b");
    private static final Pattern SYNTAX_POSITION = Pattern.compile("^(\\d+):(\\d+):\\d+:\\d+\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[A-Za-z0-9_.-]+");
    private static final Pattern INVARIANT_ANYWHERE = Pattern.compile("(?m)^\\s*inv\\s");
    private static final Pattern OPERATOR = Pattern.compile("\\b(?:and|or|xor|implies)\\b|->|[-+*/<>=.]");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*package\\b");
    private static final Pattern ENDPACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*endpackage\\b");
    /** The OCL grammar's names for what it expected ("unaryNotLetCS"), which mean nothing to a rule author. */
    private static final Pattern GRAMMAR_NAME = Pattern.compile("\\b[a-z][A-Za-z]*CS\\b");
    private static final Pattern PARSER_MISSING = Pattern.compile("^missing \"(.*)\" to complete \\w+$");
    private static final Pattern PARSER_UNEXPECTED = Pattern.compile("^\"(.*)\" (?:unexpected token\\(s\\)|misplaced construct\\(s\\))$");

    private final String source;
    private final String text;
    private final int[] lineStarts;
    private final EvaluationLimits limits;
    private final Set<String> reservedRuleIds;
    private final EPackage.Registry packages = new EPackageRegistryImpl();
    private final List<RulePackProblem> problems = new ArrayList<>();
    private final Map<String, Metadata> metadataByInvariant = new LinkedHashMap<>();
    /** Offsets of invariants taken out before parsing (a second invariant of the same name). */
    private final List<Integer> refusedInvariants = new ArrayList<>();

    private RulePackLoader(String source, String text, EvaluationLimits limits, Set<String> reservedRuleIds,
            EPackage... ePackages) {
        this.source = source;
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.limits = limits;
        this.reservedRuleIds = Set.copyOf(reservedRuleIds);
        // Lets packs use Ecore's own operations (ecore::EObject::eContainer(), eClass()) where our
        // metamodel offers no operation of its own.
        packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        for (EPackage ePackage : ePackages) {
            packages.put(ePackage.getNsURI(), ePackage);
        }
    }

    /** Parses and compiles a pack; never throws for problems in the text, it reports them in the result. */
    public static RulePack load(String source, String text, EPackage... ePackages) {
        return load(source, text, EvaluationLimits.DEFAULT, ePackages);
    }

    /** Like {@link #load(String, String, EPackage...)}, with the limits every evaluation of the pack's rules keeps to. */
    public static RulePack load(String source, String text, EvaluationLimits limits, EPackage... ePackages) {
        return load(source, text, limits, Set.of(), ePackages);
    }

    /**
     * Like {@link #load(String, String, EvaluationLimits, EPackage...)}; a rule whose ID is one of
     * {@code reservedRuleIds} (the built-in rules') is refused. Windows (CRLF) and old Mac (CR) line ends and a
     * UTF-8 byte order mark are read as a plain line end and nothing.
     */
    public static RulePack load(String source, String text, EvaluationLimits limits, Set<String> reservedRuleIds,
            EPackage... ePackages) {
        String plain = plainText(text);
        long maxBytes = maxBytes();
        if (plain.length() > maxBytes) {
            return new RulePack(source, List.of(), List.of(new RulePackProblem(source, 1, 1, null, "the pack has "
                    + plain.length() + " characters, more than the " + maxBytes + " bytes a pack may have; split it "
                    + "into several packs (or raise the limit with -D" + MAX_BYTES_PROPERTY + ")")));
        }
        return new RulePackLoader(source, plain, limits, reservedRuleIds, ePackages).loadOnLargeStack();
    }

    /** The size limit of {@value #MAX_BYTES_PROPERTY}, default 4 MB. */
    public static long maxBytes() {
        return Math.max(1, Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES));
    }

    /** Without a byte order mark, with every line ending in {@code \n}. */
    static String plainText(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutMark.indexOf('\r') < 0 ? withoutMark : withoutMark.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Parses on a thread with a deep stack (OCL's analyser recurses per nested expression), and turns whatever the
     * parser throws into a problem: nothing of a pack's text may escape as an exception or an error.
     */
    private RulePack loadOnLargeStack() {
        RulePack[] result = new RulePack[1];
        LinkageError[] linkage = new LinkageError[1];
        Thread parser = new Thread(null, () -> {
            try {
                result[0] = load();
            } catch (LinkageError error) {
                // Not the pack's fault: the installation (or, when a command ends while a pack is parsed in the
                // background, the stopping OSGi framework) refuses a class. Thrown on the waiting thread, where it is
                // reported or, for a background parse nobody waits for any more, dropped without a stack trace here.
                linkage[0] = error;
            } catch (StackOverflowError | OutOfMemoryError error) {
                result[0] = failed("the OCL parser ran out of " + (error instanceof StackOverflowError ? "stack"
                        : "memory") + " on this pack; split long expressions into def: helpers and large packs into "
                        + "several packs");
            } catch (RuntimeException failure) {
                result[0] = failed("the OCL parser failed on this pack (" + failure + ")");
            }
        }, "rule pack parser " + source, PARSER_STACK_BYTES);
        parser.setDaemon(true);
        parser.start();
        boolean interrupted = false;
        while (parser.isAlive()) {
            try {
                parser.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (linkage[0] != null) {
            throw linkage[0];
        }
        return result[0];
    }

    private RulePack failed(String reason) {
        problems.add(new RulePackProblem(source, 1, 1, null, reason));
        return new RulePack(source, List.of(), sortedProblems());
    }

    private RulePack load() {
        readMetadata();
        if (!INVARIANT_ANYWHERE.matcher(text).find()) {
            return result(List.of()); // nothing to parse: "no rules", not a parser message about an empty document
        }
        char[] document = text.toCharArray();
        if (PACKAGE_LINE.matcher(text).find() && !ENDPACKAGE_LINE.matcher(text).find()) {
            // Without it the parser reports the whole last statement as incomplete, once per repair it tries.
            problems.add(new RulePackProblem(source, lineStarts.length, 1, null, "the pack ends without 'endpackage': "
                    + "add a line 'endpackage' after its last rule"));
            document = (text + "\nendpackage\n").toCharArray();
        }
        List<int[]> invariants = statements(text, "inv");
        for (int offset : refusedInvariants) {
            for (int[] invariant : invariants) {
                if (invariant[0] <= offset && offset < invariant[1]) {
                    neutralise(document, invariant);
                    break;
                }
            }
        }
        int problemsBefore = problems.size();
        List<CompiledRule> rules = new ArrayList<>();
        for (char[] chunk : chunks(document)) {
            List<CompiledRule> compiled = compileChunk(chunk, problemsBefore);
            if (compiled == null) {
                return result(List.of());
            }
            rules.addAll(compiled);
        }
        return result(rules);
    }

    /**
     * OCL's parser takes more than linear time in the number of constraints of one document, so a large pack is
     * parsed in parts of {@value #CHUNK_INVARIANTS} invariants: each part is the whole text with the other invariants
     * blanked (offsets, lines and columns stay those of the pack) and every helper kept.
     */
    private static List<char[]> chunks(char[] document) {
        String current = new String(document);
        List<int[]> invariants = statements(current, "inv");
        if (invariants.size() <= CHUNK_INVARIANTS) {
            return List.of(document);
        }
        List<char[]> chunks = new ArrayList<>();
        for (int first = 0; first < invariants.size(); first += CHUNK_INVARIANTS) {
            char[] chunk = document.clone();
            for (int i = 0; i < invariants.size(); i++) {
                if (i < first || i >= first + CHUNK_INVARIANTS) {
                    Arrays.fill(chunk, invariants.get(i)[0], invariants.get(i)[1], ' ');
                }
            }
            blankEmptyContexts(chunk);
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Parses a document (or a part of it) until it parses, taking out one broken statement per round, and compiles
     * it; null when the pack cannot be used at all (a problem says why).
     */
    private List<CompiledRule> compileChunk(char[] document, int problemsBefore) {
        while (problems.size() - problemsBefore <= MAX_PROBLEMS) {
            OCL ocl = OCL.newInstance(new BoundedEvaluation.Factory(packages, limits));
            List<Constraint> constraints;
            try {
                constraints = ocl.parse(new OCLInput(new String(document)));
            } catch (ParserException e) {
                if (!blankOut(document, e)) {
                    return null;
                }
                continue;
            } catch (StackOverflowError overflow) {
                if (!blankOutDeepest(document)) {
                    return null;
                }
                continue;
            }
            Boolean refused = refuseUnsafe(document, constraints);
            if (refused == null) {
                return null; // an unsafe expression that cannot be located: nothing of the pack runs
            }
            if (refused) {
                continue;
            }
            return compile(ocl, constraints);
        }
        problems.add(new RulePackProblem(source, 1, 1, null, "more than " + MAX_PROBLEMS + " statements of the pack are "
                + "broken; none of its rules is used. Fix the problems listed and load it again"));
        return null;
    }

    private RulePack result(List<CompiledRule> rules) {
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new RulePackProblem(source, 1, 1, null, "the pack has no rules: write '-- @rule ID', "
                    + "'-- @severity' and '-- @title' lines above each 'inv NAME: condition' (see docs/RULE-PACKS.md)"));
        }
        return new RulePack(source, rules, sortedProblems());
    }

    /** By place; a broken helper is met in every part of a large pack, and reported once. */
    private List<RulePackProblem> sortedProblems() {
        List<RulePackProblem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparingInt(RulePackProblem::line).thenComparingInt(RulePackProblem::column));
        return sorted;
    }

    /**
     * The parser's stack ran out on an expression nested too deeply: blames the statement with the most operators
     * (a chain of thousands of terms), reports it and takes it out; false when there is none to take out.
     */
    private boolean blankOutDeepest(char[] document) {
        String current = new String(document);
        int[] deepest = null;
        int most = -1;
        for (int[] statement : statements(current, "inv", "def")) {
            int operators = (int) OPERATOR.matcher(current.substring(statement[0], statement[1])).results().count();
            if (operators > most) {
                most = operators;
                deepest = statement;
            }
        }
        if (deepest == null) {
            problems.add(new RulePackProblem(source, 1, 1, null, "the OCL parser ran out of stack on this pack"));
            return false;
        }
        String invariant = invariantNameAt(current, deepest[0]);
        Metadata metadata = invariant == null ? null : metadataByInvariant.remove(invariant);
        int start = expressionStart(current, deepest);
        int[] position = position(start);
        problems.add(new RulePackProblem(source, position[0], position[1], metadata == null ? null : metadata.ruleId(),
                "this expression is nested too deeply for the OCL parser (" + most + " operators, such as a chain "
                        + "of 'and'/'or' terms, nest one level each; at most " + MAX_EXPRESSION_DEPTH + " levels are "
                        + "allowed). Split it into def: helpers, or test a collection: Set{'a', 'b'}->includes(name)"));
        neutralise(document, deepest);
        blankEmptyContexts(document);
        return true;
    }

    /** Records the error and blanks the statement it is in; false when it cannot be located. */
    private boolean blankOut(char[] document, ParserException error) {
        int offset = errorOffset(error, new String(document));
        String reason = reason(error);
        if (offset < 0) {
            offset = brokenInvariantOffset(document);
        }
        if (offset < 0) {
            problems.add(new RulePackProblem(source, 1, 1, null, reason));
            return false;
        }
        String current = new String(document);
        int[] statement = statementAround(current, offset);
        if (offset == statement[0] && statement[0] > 0) {
            // The parser notices an expression that ends too early (after 'and', '<>', '(') only at the keyword of
            // the next statement; the error is at the end of the statement before, whose expression it is.
            int[] previous = statementAround(current, statement[0] - 1);
            int end = lastCodeOffset(current, previous);
            if (isRuleOrHelper(current, previous[0]) && end > previous[0]) {
                statement = previous;
                offset = end;
                reason = "the expression ends too early after '" + lastToken(current, end) + "': an operand, a "
                        + "closing bracket or 'endif' is missing";
            }
        }
        String invariant = invariantNameAt(current, statement[0]);
        Metadata metadata = invariant == null ? null : metadataByInvariant.remove(invariant);
        int[] position = position(offset);
        problems.add(new RulePackProblem(source, position[0], position[1], metadata == null ? null : metadata.ruleId(),
                reason));
        if (statement[1] <= statement[0] || isPackageFrame(new String(document), statement[0])) {
            return false;
        }
        String before = new String(document);
        neutralise(document, statement);
        blankEmptyContexts(document);
        // an error that taking its statement out does not change would come back every round
        return !before.equals(new String(document));
    }

    /**
     * Blanks every {@code context} line left without an invariant or helper after it (its only {@code def} was taken
     * out): OCL refuses an empty context, and the error would point at the next statement, not at the context.
     */
    private static void blankEmptyContexts(char[] document) {
        String current = new String(document);
        Matcher matcher = STATEMENT.matcher(current);
        int contextStart = -1;
        while (matcher.find()) {
            String keyword = matcher.group(1);
            if (contextStart >= 0 && !"inv".equals(keyword) && !"def".equals(keyword)) {
                Arrays.fill(document, contextStart, matcher.start(1), ' ');
            }
            contextStart = "context".equals(keyword) ? matcher.start(1) : -1;
        }
        if (contextStart >= 0) {
            Arrays.fill(document, contextStart, document.length, ' ');
        }
    }

    /**
     * Takes a statement out of the document without changing any offset: an invariant keeps its
     * header and becomes {@code true} (a context without invariants would be a syntax error), any
     * other statement becomes blanks.
     */
    private static void neutralise(char[] document, int[] statement) {
        String text = new String(document, statement[0], statement[1] - statement[0]);
        Matcher invariant = INVARIANT.matcher(text);
        if (invariant.find() && text.length() - invariant.end() >= " true".length()) {
            int bodyStart = statement[0] + invariant.end();
            Arrays.fill(document, bodyStart, statement[1], ' ');
            " true".getChars(0, 5, document, bodyStart);
        } else {
            Arrays.fill(document, statement[0], statement[1], ' ');
        }
    }

    /**
     * Type errors come without a position from the classic OCL parser; find the invariant that fails on its own
     * (contexts and helpers kept) by halving: the invariants are taken out half by half, so a pack of n invariants
     * costs about log2(n) parses, not n. Only runs on broken packs.
     */
    private int brokenInvariantOffset(char[] document) {
        String current = new String(document);
        List<int[]> invariants = statements(current, "inv");
        if (invariants.isEmpty()) {
            return -1;
        }
        char[] bodiesOut = document.clone();
        invariants.forEach(invariant -> neutralise(bodiesOut, invariant));
        ParserException outsideBodies = parse(bodiesOut);
        if (outsideBodies != null) {
            // the error is outside the invariants' bodies: in a helper if the parser says so, else (a context
            // class that does not exist) at the first invariant, which cannot be parsed either
            int located = errorOffset(outsideBodies, current);
            boolean inStatement = located >= 0 && isRuleOrHelper(current, statementAround(current, located)[0]);
            return inStatement ? located : expressionStart(current, invariants.get(0));
        }
        int low = 0;
        int high = invariants.size();
        if (parseKeeping(document, invariants, low, high) == null) {
            return -1;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (parseKeeping(document, invariants, low, middle) != null) {
                high = middle;
            } else {
                low = middle;
            }
        }
        int[] candidate = invariants.get(low);
        ParserException alone = parseKeeping(document, invariants, low, low + 1);
        int located = alone == null ? -1 : errorOffset(alone, current);
        return located >= candidate[0] && located < candidate[1] ? located : expressionStart(current, candidate);
    }

    /**
     * Parses the document with only the invariants {@code [from, to)} kept, the others blanked entirely (so the
     * halving parses get shorter: about two parses of the whole pack in all); the parser's error, or null.
     */
    private ParserException parseKeeping(char[] document, List<int[]> invariants, int from, int to) {
        char[] kept = document.clone();
        for (int i = 0; i < invariants.size(); i++) {
            if (i < from || i >= to) {
                Arrays.fill(kept, invariants.get(i)[0], invariants.get(i)[1], ' ');
            }
        }
        blankEmptyContexts(kept);
        return parse(kept);
    }

    /** The parser's error on the document, or null; for locating errors only (nothing is compiled). */
    private ParserException parse(char[] document) {
        try {
            OCL.newInstance(new EcoreEnvironmentFactory(packages)).parse(new OCLInput(new String(document)));
            return null;
        } catch (ParserException e) {
            return e;
        }
    }

    private static boolean isRuleOrHelper(String document, int statementStart) {
        return document.startsWith("inv", statementStart) || document.startsWith("def", statementStart);
    }

    /** Where an invariant's expression begins (after "inv NAME:"), the best position we have for a type error. */
    private static int expressionStart(String document, int[] statement) {
        Matcher invariant = INVARIANT.matcher(document.substring(statement[0], statement[1]));
        if (!invariant.find()) {
            return statement[0];
        }
        int offset = statement[0] + invariant.end();
        while (offset < statement[1] - 1 && Character.isWhitespace(document.charAt(offset))) {
            offset++;
        }
        return offset;
    }

    /**
     * The parser's first message, in the rule author's words: one line (the parser appends its recovery attempts),
     * "an expression" or "a name" for the grammar's symbols.
     */
    static String reason(ParserException error) {
        String message = String.valueOf(error.getMessage());
        Matcher syntax = SYNTAX_POSITION.matcher(message);
        String first = (syntax.matches() ? syntax.group(3) : message).lines().findFirst().orElse("").strip();
        Matcher missing = PARSER_MISSING.matcher(first);
        if (missing.matches()) {
            return "the expression is incomplete here: " + words(missing.group(1)) + " expected";
        }
        Matcher unexpected = PARSER_UNEXPECTED.matcher(first);
        if (unexpected.matches()) {
            return "'" + unexpected.group(1) + "' is not expected here";
        }
        return words(first);
    }

    /** "unaryNotLetCS" as "an expression", "unreservedSimpleNameCS" as "a name", "typeCS" as "a type". */
    private static String words(String parserText) {
        return GRAMMAR_NAME.matcher(parserText).replaceAll(symbol -> {
            String name = symbol.group();
            String plain = name.contains("Name") ? "a name" : name.startsWith("type") ? "a type" : "an expression";
            return Matcher.quoteReplacement(plain);
        }).replace("\"a name\"", "a name").replace("\"an expression\"", "an expression").replace("\"a type\"", "a type");
    }

    /** Just after the last character of code (not a comment, not blank) in the statement [start, end), or start. */
    private static int lastCodeOffset(String document, int[] statement) {
        int lineEnd = statement[1];
        while (lineEnd > statement[0]) {
            int lineStart = document.lastIndexOf('\n', lineEnd - 1) + 1;
            lineStart = Math.max(lineStart, statement[0]);
            String line = document.substring(lineStart, lineEnd);
            int comment = line.indexOf("--");
            String code = comment >= 0 ? line.substring(0, comment) : line;
            if (!code.isBlank()) {
                return lineStart + code.stripTrailing().length();
            }
            lineEnd = lineStart - 1;
        }
        return statement[0];
    }

    /** The word or symbol that ends just before the offset ("and", "<>", "("). */
    private static String lastToken(String document, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(document.charAt(start - 1))) {
            start--;
        }
        return document.substring(start, end);
    }

    /** Where the parser says the error is: "L:C:L:C reason" for syntax errors, the CST node for type errors. */
    private int errorOffset(ParserException error, String document) {
        Matcher syntax = SYNTAX_POSITION.matcher(String.valueOf(error.getMessage()));
        if (syntax.matches()) {
            return offsetOf(document, Integer.parseInt(syntax.group(1)), Integer.parseInt(syntax.group(2)));
        }
        Diagnostic diagnostic = error.getDiagnostic();
        if (diagnostic != null) {
            for (Diagnostic candidate : flatten(diagnostic)) {
                for (Object data : candidate.getData()) {
                    if (data instanceof CSTNode node && node.getStartOffset() >= 0) {
                        return node.getStartOffset();
                    }
                }
            }
        }
        return -1;
    }

    private static List<Diagnostic> flatten(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>();
        all.add(diagnostic);
        for (Diagnostic child : diagnostic.getChildren()) {
            all.addAll(flatten(child));
        }
        return all;
    }

    private static int offsetOf(String document, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = document.indexOf('\n', offset);
            if (next < 0) {
                return Math.max(0, document.length() - 1);
            }
            offset = next + 1;
        }
        return Math.min(document.length() - 1, offset + Math.max(0, column - 1));
    }

    private int[] position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        int index = line >= 0 ? line : -line - 2;
        return new int[] { index + 1, clamped - lineStarts[index] + 1 };
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Refuses, after a successful parse, what OCL accepts but a pack must not do: call an operation that changes the
     * model, send a message, or nest so deeply that evaluating it would exhaust a thread's stack. Reports each and
     * takes its statement out; true when anything was taken out (the pack is then parsed again), null when an unsafe
     * expression could not be located (then no rule of the pack may run).
     */
    private Boolean refuseUnsafe(char[] document, List<Constraint> constraints) {
        String current = new String(document);
        List<int[]> refused = new ArrayList<>();
        for (Constraint constraint : constraints) {
            OCLExpression<EClassifier> body = constraint.getSpecification() == null ? null
                    : constraint.getSpecification().getBodyExpression();
            if (body == null) {
                continue;
            }
            Unsafe unsafe = unsafe(body);
            if (unsafe == null) {
                continue;
            }
            int offset = unsafe.offset() >= 0 ? Math.min(unsafe.offset(), current.length() - 1)
                    : declaration(current, constraint.getName());
            if (offset < 0) {
                problems.add(new RulePackProblem(source, 1, 1, null, unsafe.reason() + " (in " + constraint.getName()
                        + ")"));
                return null;
            }
            int[] statement = statementAround(current, offset);
            if (refused.stream().anyMatch(other -> other[0] == statement[0])) {
                continue;
            }
            refused.add(statement);
            String invariant = invariantNameAt(current, statement[0]);
            Metadata metadata = invariant == null ? null : metadataByInvariant.remove(invariant);
            int[] position = position(offset);
            problems.add(new RulePackProblem(source, position[0], position[1],
                    metadata == null ? null : metadata.ruleId(), unsafe.reason()));
        }
        for (int[] statement : refused) {
            neutralise(document, statement);
        }
        blankEmptyContexts(document);
        return !refused.isEmpty();
    }

    /** Where {@code inv NAME} or {@code def: NAME} is written, or -1. */
    private static int declaration(String document, String name) {
        Matcher matcher = Pattern.compile("(?m)^[ \\t]*(?:inv\\s+|def\\s*:\\s*)" + Pattern.quote(String.valueOf(name))
                + "\\b").matcher(document);
        return matcher.find() ? matcher.start() : -1;
    }

    /** What is wrong with an expression, and where (an offset into the text it was parsed from). */
    private record Unsafe(int offset, String reason) {
    }

    /** The first call that may change the model, else a nesting deeper than allowed, else null. */
    private static Unsafe unsafe(OCLExpression<EClassifier> body) {
        Map<EObject, Integer> depths = new IdentityHashMap<>();
        depths.put(body, 1);
        int deepest = 1;
        Unsafe unsafe = check(body);
        for (TreeIterator<EObject> contents = body.eAllContents(); contents.hasNext() && unsafe == null;) {
            EObject node = contents.next();
            int depth = depths.getOrDefault(node.eContainer(), 0) + (node instanceof OCLExpression<?> ? 1 : 0);
            depths.put(node, depth);
            deepest = Math.max(deepest, depth);
            unsafe = check(node);
        }
        if (unsafe != null) {
            return unsafe;
        }
        if (deepest > MAX_EXPRESSION_DEPTH) {
            return new Unsafe(body.getStartPosition(), "this expression nests " + deepest + " levels deep, more than the "
                    + MAX_EXPRESSION_DEPTH + " allowed (a chain of 'and'/'or' terms nests one level per term). Split it "
                    + "into def: helpers, or test a collection: Set{'a', 'b'}->includes(name)");
        }
        return null;
    }

    private static Unsafe check(EObject node) {
        if (node instanceof OperationCallExp<?, ?> call && call.getReferredOperation() instanceof EOperation operation
                && !isReadOnly(operation)) {
            EClass owner = operation.getEContainingClass();
            return new Unsafe(call.getStartPosition(), "calls " + (owner == null ? "" : "ecore::" + owner.getName() + "::")
                    + operation.getName() + "(), which can change the model; rule packs may only read the model. "
                    + "Remove the call");
        }
        if (node instanceof MessageExp<?, ?, ?> message) {
            return new Unsafe(message.getStartPosition(), "sends an OCL message (^ or ^^); rule packs may only read the "
                    + "model. Remove it");
        }
        return null;
    }

    /** Ecore's operations that only read; the model's own operations and OCL's library are queries. */
    private static boolean isReadOnly(EOperation operation) {
        EClass owner = operation.getEContainingClass();
        if (owner == null || owner.getEPackage() != EcorePackage.eINSTANCE) {
            return true;
        }
        return READ_ONLY_ECORE_OPERATIONS.contains(operation.getName());
    }

    /**
     * Where each statement of the given kinds begins and ends (up to the next statement), in one pass: looking each up
     * with {@link #statementAround} would scan the document once per statement.
     */
    private static List<int[]> statements(String document, String... kinds) {
        List<String> wanted = List.of(kinds);
        List<int[]> found = new ArrayList<>();
        Matcher matcher = STATEMENT.matcher(document);
        int[] open = null;
        while (matcher.find()) {
            if (open != null) {
                open[1] = matcher.start(1);
                open = null;
            }
            if (wanted.contains(matcher.group(1))) {
                open = new int[] { matcher.start(1), document.length() };
                found.add(open);
            }
        }
        return found;
    }

    private static int[] statementAround(String document, int offset) {
        Matcher matcher = STATEMENT.matcher(document);
        int start = 0;
        int end = document.length();
        while (matcher.find()) {
            if (matcher.start(1) <= offset) {
                start = matcher.start(1);
            } else {
                end = matcher.start(1);
                break;
            }
        }
        return new int[] { start, end };
    }

    private static boolean isPackageFrame(String document, int statementStart) {
        return document.startsWith("package", statementStart) || document.startsWith("endpackage", statementStart);
    }

    private static String invariantNameAt(String document, int statementStart) {
        int lineEnd = document.indexOf('\n', statementStart);
        Matcher matcher = INVARIANT.matcher(document.substring(statementStart, lineEnd < 0 ? document.length() : lineEnd));
        return matcher.find() ? matcher.group(1) : null;
    }

    private List<CompiledRule> compile(OCL ocl, List<Constraint> constraints) {
        OclCompiler compiler = OclCompiler.enabled() ? new OclCompiler(ocl) : null;
        Map<String, RuleDefinition> definitions = new HashMap<>();
        List<CompiledRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Constraint constraint : constraints) {
            if (!UMLReflection.INVARIANT.equals(constraint.getStereotype())) {
                continue;
            }
            if (!names.add(constraint.getName())) {
                continue; // a second invariant of the name, refused (and left as "true") while reading the metadata
            }
            Metadata metadata = metadataByInvariant.get(constraint.getName());
            if (metadata == null) {
                continue; // reported while reading the metadata, or removed as broken
            }
            EClassifier context = constraint.getSpecification().getContextVariable().getType();
            if (!(context instanceof EClass contextClass)) {
                problems.add(new RulePackProblem(source, metadata.line(), 1, metadata.ruleId(),
                        "invariants must be defined on a class, not on " + context.getName()));
                continue;
            }
            EClassifier type = constraint.getSpecification().getBodyExpression().getType();
            if (type != ocl.getEnvironment().getOCLStandardLibrary().getBoolean()) {
                // OCL parses it, but evaluating it as a check would throw: refuse it here, with its place.
                problems.add(new RulePackProblem(source, metadata.line(), 1, metadata.ruleId(), "the invariant "
                        + constraint.getName() + " is not a Boolean expression (it gives "
                        + (type == null ? "nothing" : type.getName()) + "); an invariant must be true or false"));
                continue;
            }
            List<Object> message;
            try {
                message = compileMessage(ocl, contextClass, metadata.message());
            } catch (ParserException e) {
                problems.add(new RulePackProblem(source, metadata.messageLine(), 1, metadata.ruleId(),
                        "in @message: " + reason(e)));
                continue;
            }
            OCL.Query related;
            try {
                related = metadata.related() == null ? null
                        : ocl.createQuery(expression(ocl, contextClass, metadata.related()));
            } catch (ParserException e) {
                problems.add(new RulePackProblem(source, metadata.relatedLine(), 1, metadata.ruleId(),
                        "in @related: " + reason(e)));
                continue;
            }
            RuleDefinition definition = definitions.computeIfAbsent(metadata.ruleId(), id -> metadata.definition(source));
            OCL.Query query = ocl.createQuery(constraint);
            rules.add(new CompiledRule(definition, constraint.getName(), metadata.severity(), metadata.kind(),
                    metadata.missing(), contextClass, ocl, query, message, related, limits,
                    CompiledRule.Compiled.of(compiler, query, message, related)));
        }
        return rules;
    }

    /** An expression of @message or @related, held to the rules of invariants (read-only, bounded nesting). */
    private static OCLExpression<EClassifier> expression(OCL ocl, EClass context, String text) throws ParserException {
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(context);
        OCLExpression<EClassifier> expression = helper.createQuery(text);
        Unsafe unsafe = unsafe(expression);
        if (unsafe != null) {
            throw new ParserException(unsafe.reason());
        }
        return expression;
    }

    /** Splits "Conduit ${name} joins ..." into literals and compiled queries; braces inside expressions nest. */
    private static List<Object> compileMessage(OCL ocl, EClass context, String message) throws ParserException {
        List<Object> parts = new ArrayList<>();
        int index = 0;
        while (index < message.length()) {
            int start = message.indexOf("${", index);
            if (start < 0) {
                parts.add(message.substring(index));
                break;
            }
            parts.add(message.substring(index, start));
            int depth = 1;
            int end = start + 2;
            while (end < message.length() && depth > 0) {
                char c = message.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                end++;
            }
            if (depth != 0) {
                throw new ParserException("unclosed ${ in message");
            }
            parts.add(ocl.createQuery(expression(ocl, context, message.substring(start + 2, end - 1))));
            index = end;
        }
        return parts;
    }

    /**
     * Reads the comment block before each {@code inv NAME:}; rules repeated by ID inherit their metadata. A second
     * invariant of a name already used is refused (metadata is found by name: it would take the first one's).
     */
    private void readMetadata() {
        String[] lines = text.split("\n", -1);
        Map<String, List<String>> pending = new LinkedHashMap<>();
        Map<String, Integer> pendingLines = new HashMap<>();
        Map<String, Metadata> firstByRule = new HashMap<>();
        Map<String, Integer> invariantLines = new HashMap<>();
        String lastKey = null;
        int blockLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = COMMENT.matcher(lines[i]);
            if (comment.matches()) {
                Matcher meta = META.matcher(comment.group(1));
                if (meta.matches()) {
                    lastKey = meta.group(1).toLowerCase(java.util.Locale.ROOT);
                    pending.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(meta.group(2).trim());
                    pendingLines.put(lastKey, i + 1);
                    if (blockLine == 0) {
                        blockLine = i + 1;
                    }
                } else if (lastKey != null && !comment.group(1).isBlank()) {
                    List<String> values = pending.get(lastKey);
                    values.set(values.size() - 1, (values.get(values.size() - 1) + " " + comment.group(1).trim()).trim());
                } else {
                    lastKey = null;
                }
                continue;
            }
            Matcher invariant = INVARIANT.matcher(lines[i]);
            if (invariant.find()) {
                String name = invariant.group(1);
                Integer earlier = invariantLines.putIfAbsent(name, i + 1);
                if (earlier != null) {
                    problems.add(new RulePackProblem(source, i + 1, invariant.start(1) + 1, null, "invariant " + name
                            + " is already defined on line " + earlier + "; give each invariant a name of its own"));
                    refusedInvariants.add(lineStarts[i] + invariant.start(1));
                } else {
                    Metadata metadata = Metadata.from(pending, pendingLines, firstByRule,
                            blockLine == 0 ? i + 1 : blockLine, i + 1, name, source, reservedRuleIds, problems);
                    if (metadata != null) {
                        metadataByInvariant.put(name, metadata);
                        firstByRule.putIfAbsent(metadata.ruleId(), metadata);
                    }
                }
                pending = new LinkedHashMap<>();
                pendingLines = new HashMap<>();
                lastKey = null;
                blockLine = 0;
            }
        }
    }

    /** The metadata of one invariant, validated; the lines of @message and @related are where their errors are. */
    private record Metadata(String ruleId, Severity severity, String title, String message, String rationale,
            String fix, List<String> standards, List<String> attack, String implementation, String related, int line,
            int messageLine, int relatedLine, FindingKind kind, String missing) {

        static Metadata from(Map<String, List<String>> values, Map<String, Integer> lines,
                Map<String, Metadata> firstByRule, int blockLine, int invariantLine, String invariantName, String source,
                Set<String> reservedRuleIds, List<RulePackProblem> problems) {
            String ruleId = single(values, "rule");
            if (ruleId == null) {
                problems.add(new RulePackProblem(source, invariantLine, 1, null, "invariant " + invariantName
                        + " has no '-- @rule ID' line in the comment block above it"));
                return null;
            }
            int ruleLine = lines.getOrDefault("rule", blockLine);
            if (!RULE_ID.matcher(ruleId).matches()) {
                problems.add(new RulePackProblem(source, ruleLine, 1, ruleId,
                        "rule IDs look like PREFIX-NUMBER (e.g. ACME-01); '" + ruleId + "' does not"));
                return null;
            }
            if (reservedRuleIds.contains(ruleId)) {
                problems.add(new RulePackProblem(source, ruleLine, 1, ruleId, "rule ID " + ruleId + " belongs to a "
                        + "built-in rule; give your rule an ID of its own (e.g. with your company's prefix, ACME-01)"));
                return null;
            }
            for (String key : List.of("message", "related")) {
                String value = single(values, key);
                if (value != null && value.length() > MAX_MESSAGE_METADATA) {
                    problems.add(new RulePackProblem(source, lines.getOrDefault(key, blockLine), 1, ruleId, "@" + key
                            + " has " + value.length() + " characters, more than the " + MAX_MESSAGE_METADATA
                            + " allowed; a finding's message is one line"));
                    return null;
                }
            }
            Metadata inherited = firstByRule.get(ruleId);
            String severityText = single(values, "severity");
            Severity severity = severityText == null ? null : Severity.parse(severityText);
            if (severity == null) {
                problems.add(new RulePackProblem(source, lines.getOrDefault("severity", blockLine), 1, ruleId,
                        "'-- @severity' must be error, warning or info" + (severityText == null ? "" : ", not '" + severityText + "'")));
                return null;
            }
            String title = or(single(values, "title"), inherited == null ? null : inherited.title());
            String message = or(single(values, "message"), inherited == null ? null : inherited.message());
            if (title == null && message == null) {
                problems.add(new RulePackProblem(source, blockLine, 1, ruleId, "a rule needs '-- @title' or '-- @message'"));
                return null;
            }
            // @kind and @missing belong to one invariant, never inherited: an error case and its "not assessed" case
            // share a rule ID but not a kind.
            String kindText = single(values, "kind");
            FindingKind kind = kindText == null ? FindingKind.VIOLATION : FindingKind.parse(kindText);
            String missing = single(values, "missing");
            int kindLine = lines.getOrDefault("kind", blockLine);
            if (kind == null) {
                problems.add(new RulePackProblem(source, kindLine, 1, ruleId,
                        "'-- @kind' must be violation or completeness, not '" + kindText + "'"));
                return null;
            }
            if (kind == FindingKind.COMPLETENESS && missing == null) {
                problems.add(new RulePackProblem(source, kindLine, 1, ruleId, "a completeness invariant names the input "
                        + "it finds missing: add '-- @missing INPUT' (e.g. '-- @missing SL-T')"));
                return null;
            }
            if (kind == FindingKind.VIOLATION && missing != null) {
                problems.add(new RulePackProblem(source, lines.getOrDefault("missing", blockLine), 1, ruleId,
                        "'-- @missing' belongs to a completeness invariant: add '-- @kind completeness'"));
                return null;
            }
            if (kind == FindingKind.COMPLETENESS && severity == Severity.ERROR) {
                problems.add(new RulePackProblem(source, lines.getOrDefault("severity", blockLine), 1, ruleId,
                        "a completeness invariant reports a missing input, not a shortfall: its severity is warning or "
                                + "info, not error"));
                return null;
            }
            int messageLine = lines.containsKey("message") ? lines.get("message")
                    : inherited != null && single(values, "title") == null ? inherited.messageLine()
                            : lines.getOrDefault("title", blockLine);
            return new Metadata(ruleId, severity, or(title, message), or(message, title),
                    or(single(values, "rationale"), inherited == null ? "" : inherited.rationale()),
                    or(single(values, "fix"), inherited == null ? "" : inherited.fix()),
                    values.containsKey("standard") ? values.get("standard") : inherited == null ? List.of() : inherited.standards(),
                    values.containsKey("attack") ? splitList(values.get("attack")) : inherited == null ? List.of() : inherited.attack(),
                    or(single(values, "implementation"), inherited == null ? "" : inherited.implementation()),
                    single(values, "related"), invariantLine, messageLine, lines.getOrDefault("related", blockLine),
                    kind, missing);
        }

        RuleDefinition definition(String source) {
            return new RuleDefinition(ruleId, ruleId.substring(0, ruleId.indexOf('-')), title, rationale, fix, standards,
                    attack, implementation, source);
        }

        private static String single(Map<String, List<String>> values, String key) {
            List<String> list = values.get(key);
            return list == null || list.isEmpty() || list.get(0).isEmpty() ? null : list.get(list.size() - 1);
        }

        private static String or(String value, String fallback) {
            return value != null ? value : fallback;
        }

        private static List<String> splitList(List<String> values) {
            List<String> items = new ArrayList<>();
            for (String value : values) {
                for (String item : value.split("[,;\\s]+")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return items;
        }
    }
}
