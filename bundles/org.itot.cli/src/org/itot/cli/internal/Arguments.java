package org.itot.cli.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.cli.UsageException;

/**
 * Plain option parsing for the commands (picocli is not in the target platform): long options
 * with an optional short alias, {@code --name value} or {@code --name=value}, flags without value,
 * no positional arguments. Every mistake is a {@link UsageException} naming the option.
 */
final class Arguments {

    /** An option: its long name, an optional short alias and whether it takes a value. */
    record Option(String name, String alias, boolean takesValue) {
    }

    private final Map<String, String> values = new HashMap<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, List<Option> options) throws UsageException {
        Map<String, Option> known = new LinkedHashMap<>();
        for (Option option : options) {
            known.put(option.name(), option);
            if (option.alias() != null) {
                known.put(option.alias(), option);
            }
        }
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                inlineValue = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            Option option = known.get(arg);
            if (option == null) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            String value = "";
            if (option.takesValue()) {
                if (inlineValue != null) {
                    value = inlineValue;
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")
                        && !known.containsKey(args.get(i + 1))) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("option " + option.name() + " needs a value");
                }
                if (value.isEmpty()) {
                    throw new UsageException("option " + option.name() + " needs a value");
                }
            } else if (inlineValue != null) {
                throw new UsageException("option " + option.name() + " takes no value");
            }
            if (parsed.values.put(option.name(), value) != null) {
                throw new UsageException("option " + option.name() + " is given twice");
            }
        }
        return parsed;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        return values.get(name);
    }
}
