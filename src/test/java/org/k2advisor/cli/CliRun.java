package org.k2advisor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-memory run of the command line, as a script would make it: exit code, stdout, stderr. */
record CliRun(int exit, String out, String err) {

    static CliRun withInput(String stdin, String... args) {
        return withBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Standard input as raw bytes, for input in other encodings than UTF-8. */
    static CliRun withBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun of(String... args) {
        return withInput("", args);
    }

    /** One answer per line, each ended by Enter, as a person would type them. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The output with every run of white space made one space, so assertions ignore where lines wrap. */
    String flat() {
        return out.replaceAll("\\s+", " ");
    }

    /** How many times {@code text} occurs in the output. */
    int count(String text) {
        int count = 0;
        for (int at = out.indexOf(text); at >= 0; at = out.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }
}
