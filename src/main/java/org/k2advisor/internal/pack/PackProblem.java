package org.k2advisor.internal.pack;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One thing wrong with a knowledge pack, where it is: the file as the pack names it and the line
 * (0 when no single line is to blame). Loading stops at the first; `k2advisor rules check` lists all.
 */
public record PackProblem(String file, int line, String message) implements Comparable<PackProblem> {
    private static final Comparator<PackProblem> ORDER = Comparator.comparing(PackProblem::file)
            .thenComparingInt(PackProblem::line).thenComparing(PackProblem::message);

    public PackProblem {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
    }

    @Override
    public int compareTo(PackProblem other) {
        return ORDER.compare(this, other);
    }

    /** "file:line: message", the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
