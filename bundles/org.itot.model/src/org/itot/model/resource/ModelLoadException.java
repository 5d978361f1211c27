package org.itot.model.resource;

import java.nio.file.Path;

/**
 * A model file could not be loaded. The message names the file, the line and column when the
 * problem has a position, what is wrong and what the user can do about it.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;
    private final String remedy;

    ModelLoadException(Path file, int line, int column, String problem, String remedy, Throwable cause) {
        super(compose(file, line, column, problem, remedy), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.remedy = remedy;
    }

    public Path getFile() {
        return file;
    }

    /** The 1-based line of the problem, or -1 when it has no single position. */
    public int getLine() {
        return line;
    }

    /** The 1-based column of the problem, or -1 when it has no single position. */
    public int getColumn() {
        return column;
    }

    /** What is wrong, without file or position. */
    public String getProblem() {
        return problem;
    }

    /** What the user can do about it. */
    public String getRemedy() {
        return remedy;
    }

    private static String compose(Path file, int line, int column, String problem, String remedy) {
        StringBuilder message = new StringBuilder().append(file);
        if (line > 0) {
            message.append(", line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
        }
        return message.append(": ").append(problem).append(". ").append(remedy).toString();
    }
}
