package org.itot.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.ocl.OCLInput;
import org.eclipse.ocl.ParserException;
import org.eclipse.ocl.cst.CSTNode;
import org.eclipse.ocl.ecore.Constraint;
import org.eclipse.ocl.ecore.EcoreEnvironmentFactory;
import org.eclipse.ocl.ecore.OCL;
import org.eclipse.ocl.expressions.OCLExpression;
import org.eclipse.ocl.utilities.UMLReflection;

/**
 * Reads a rule pack: a Complete-OCL document whose invariants carry their rule metadata in the
 * comment block before them ({@code -- @rule SEG-01}, {@code -- @severity error}, ...; see
 * docs/RULE-PACKS.md). This is the one class that parses OCL text.
 * <p>
 * A broken invariant does not take the pack down: it is reported with file, line, column and the
 * OCL parser's reason, blanked out, and the rest of the pack is parsed again.
 */
public final class RulePackLoader {

    private static final Pattern COMMENT = Pattern.compile("^\\s*--(.*)$");
    private static final Pattern META = Pattern.compile("^\\s*@([A-Za-z]+)\\s*(.*)$");
    private static final Pattern INVARIANT = Pattern.compile("^\\s*inv\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    private static final Pattern STATEMENT = Pattern.compile("(?m)^[ \\t]*(package|context|inv|def|endpackage)\\b");
    private static final Pattern SYNTAX_POSITION = Pattern.compile("^(\\d+):(\\d+):\\d+:\\d+\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[A-Za-z0-9_.-]+");

    private final String source;
    private final String text;
    private final EvaluationLimits limits;
    private final EPackage.Registry packages = new EPackageRegistryImpl();
    private final List<RulePackProblem> problems = new ArrayList<>();
    private final Map<String, Metadata> metadataByInvariant = new LinkedHashMap<>();

    private RulePackLoader(String source, String text, EvaluationLimits limits, EPackage... ePackages) {
        this.source = source;
        this.text = text;
        this.limits = limits;
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
        return new RulePackLoader(source, text, limits, ePackages).load();
    }

    private RulePack load() {
        readMetadata();
        char[] document = text.toCharArray();
        // Each round removes one broken statement; a pack cannot have more statements than characters.
        for (int round = 0; round <= document.length; round++) {
            OCL ocl = OCL.newInstance(new BoundedEvaluation.Factory(packages, limits));
            try {
                List<Constraint> constraints = ocl.parse(new OCLInput(new String(document)));
                return new RulePack(source, compile(ocl, constraints), problems);
            } catch (ParserException e) {
                if (!blankOut(document, e)) {
                    return new RulePack(source, List.of(), problems);
                }
            }
        }
        return new RulePack(source, List.of(), problems);
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
        int[] statement = statementAround(new String(document), offset);
        String invariant = invariantNameAt(new String(document), statement[0]);
        Metadata metadata = invariant == null ? null : metadataByInvariant.remove(invariant);
        int[] position = position(offset);
        problems.add(new RulePackProblem(source, position[0], position[1], metadata == null ? null : metadata.ruleId(),
                reason));
        if (statement[1] <= statement[0] || isPackageFrame(new String(document), statement[0])) {
            return false;
        }
        neutralise(document, statement);
        return true;
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
     * Type errors come without a position from the classic OCL parser; find the invariant that fails
     * on its own (all other invariants neutralised, contexts and helpers kept). Only runs on broken packs.
     */
    private int brokenInvariantOffset(char[] document) {
        String current = new String(document);
        List<int[]> invariants = new ArrayList<>();
        Matcher matcher = STATEMENT.matcher(current);
        while (matcher.find()) {
            if ("inv".equals(matcher.group(1))) {
                invariants.add(statementAround(current, matcher.start(1)));
            }
        }
        for (int[] candidate : invariants) {
            char[] alone = document.clone();
            for (int[] other : invariants) {
                if (other != candidate) {
                    neutralise(alone, other);
                }
            }
            try {
                OCL.newInstance(new EcoreEnvironmentFactory(packages)).parse(new OCLInput(new String(alone)));
            } catch (ParserException e) {
                int located = errorOffset(e, new String(alone));
                return located >= candidate[0] && located < candidate[1] ? located : expressionStart(current, candidate);
            }
        }
        return -1;
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

    private static String reason(ParserException error) {
        String message = String.valueOf(error.getMessage());
        Matcher syntax = SYNTAX_POSITION.matcher(message);
        return syntax.matches() ? syntax.group(3) : message;
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
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] { line, offset - lineStart + 1 };
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
        Map<String, RuleDefinition> definitions = new HashMap<>();
        List<CompiledRule> rules = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if (!UMLReflection.INVARIANT.equals(constraint.getStereotype())) {
                continue;
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
            RuleDefinition definition = definitions.computeIfAbsent(metadata.ruleId(), id -> metadata.definition(source));
            try {
                List<Object> message = compileMessage(ocl, contextClass, metadata.message());
                OCL.Query related = metadata.related() == null ? null
                        : ocl.createQuery(expression(ocl, contextClass, metadata.related()));
                rules.add(new CompiledRule(definition, constraint.getName(), metadata.severity(), contextClass,
                        ocl.createQuery(constraint), message, related, limits));
            } catch (ParserException e) {
                problems.add(new RulePackProblem(source, metadata.line(), 1, metadata.ruleId(),
                        "in @message or @related: " + reason(e)));
            }
        }
        return rules;
    }

    private static OCLExpression<EClassifier> expression(OCL ocl, EClass context, String text) throws ParserException {
        OCL.Helper helper = ocl.createOCLHelper();
        helper.setContext(context);
        return helper.createQuery(text);
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

    /** Reads the comment block before each {@code inv NAME:}; rules repeated by ID inherit their metadata. */
    private void readMetadata() {
        String[] lines = text.split("\n", -1);
        Map<String, List<String>> pending = new LinkedHashMap<>();
        Map<String, Metadata> firstByRule = new HashMap<>();
        String lastKey = null;
        int blockLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher comment = COMMENT.matcher(lines[i]);
            if (comment.matches()) {
                Matcher meta = META.matcher(comment.group(1));
                if (meta.matches()) {
                    lastKey = meta.group(1).toLowerCase(java.util.Locale.ROOT);
                    pending.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(meta.group(2).trim());
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
                Metadata metadata = Metadata.from(pending, firstByRule, blockLine == 0 ? i + 1 : blockLine, i + 1,
                        invariant.group(1), source, problems);
                if (metadata != null) {
                    metadataByInvariant.put(invariant.group(1), metadata);
                    firstByRule.putIfAbsent(metadata.ruleId(), metadata);
                }
                pending = new LinkedHashMap<>();
                lastKey = null;
                blockLine = 0;
            }
        }
    }

    /** The metadata of one invariant, validated. */
    private record Metadata(String ruleId, Severity severity, String title, String message, String rationale,
            String fix, List<String> standards, List<String> attack, String implementation, String related, int line) {

        static Metadata from(Map<String, List<String>> values, Map<String, Metadata> firstByRule, int blockLine,
                int invariantLine, String invariantName, String source, List<RulePackProblem> problems) {
            String ruleId = single(values, "rule");
            if (ruleId == null) {
                problems.add(new RulePackProblem(source, invariantLine, 1, null, "invariant " + invariantName
                        + " has no '-- @rule ID' line in the comment block above it"));
                return null;
            }
            if (!RULE_ID.matcher(ruleId).matches()) {
                problems.add(new RulePackProblem(source, blockLine, 1, ruleId,
                        "rule IDs look like PREFIX-NUMBER (e.g. ACME-01); '" + ruleId + "' does not"));
                return null;
            }
            Metadata inherited = firstByRule.get(ruleId);
            String severityText = single(values, "severity");
            Severity severity = severityText == null ? null : Severity.parse(severityText);
            if (severity == null) {
                problems.add(new RulePackProblem(source, blockLine, 1, ruleId,
                        "'-- @severity' must be error, warning or info" + (severityText == null ? "" : ", not '" + severityText + "'")));
                return null;
            }
            String title = or(single(values, "title"), inherited == null ? null : inherited.title());
            String message = or(single(values, "message"), inherited == null ? null : inherited.message());
            if (title == null && message == null) {
                problems.add(new RulePackProblem(source, blockLine, 1, ruleId, "a rule needs '-- @title' or '-- @message'"));
                return null;
            }
            return new Metadata(ruleId, severity, or(title, message), or(message, title),
                    or(single(values, "rationale"), inherited == null ? "" : inherited.rationale()),
                    or(single(values, "fix"), inherited == null ? "" : inherited.fix()),
                    values.containsKey("standard") ? values.get("standard") : inherited == null ? List.of() : inherited.standards(),
                    values.containsKey("attack") ? splitList(values.get("attack")) : inherited == null ? List.of() : inherited.attack(),
                    or(single(values, "implementation"), inherited == null ? "" : inherited.implementation()),
                    single(values, "related"), invariantLine);
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
