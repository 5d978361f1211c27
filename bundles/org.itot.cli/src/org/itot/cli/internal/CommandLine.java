package org.itot.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itot.cli.UsageException;

/**
 * The one argument parser of every command (picocli is not in the target platform): positional arguments (files)
 * and options, in any order. An option is {@code --name value}, {@code --name=value} or a short alias such as
 * {@code -o value}; a flag takes no value; {@code --} ends the options, so a file whose name starts with a dash can
 * be given after it. Whatever lies in the current folder plays no part. Every mistake is a {@link UsageException}
 * naming the option.
 */
final class CommandLine {

    /** An option: its long name, an optional short alias, whether it takes a value and may be given many times. */
    record Option(String name, String alias, boolean takesValue, boolean many) {

        static Option flag(String name) {
            return new Option(name, null, false, false);
        }

        static Option value(String name) {
            return new Option(name, null, true, false);
        }

        Option alias(String shortName) {
            return new Option(name, shortName, takesValue, many);
        }

        Option repeatable() {
            return new Option(name, alias, takesValue, true);
        }
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private CommandLine() {
    }

    static CommandLine parse(List<String> args, List<Option> options) throws UsageException {
        Map<String, Option> known = new LinkedHashMap<>();
        for (Option option : options) {
            known.put(option.name(), option);
            if (option.alias() != null) {
                known.put(option.alias(), option);
            }
        }
        CommandLine parsed = new CommandLine();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                inlineValue = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
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
            List<String> given = parsed.values.computeIfAbsent(option.name(), name -> new ArrayList<>());
            if (!given.isEmpty() && !option.many()) {
                throw new UsageException("option " + option.name() + " is given twice");
            }
            given.add(value);
        }
        return parsed;
    }

    /** The arguments that are not options, in order. */
    List<String> positionals() {
        return List.copyOf(positionals);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.get(0);
    }

    /** Every value of a repeatable option, in order; empty when it was not given. */
    List<String> values(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }
}
