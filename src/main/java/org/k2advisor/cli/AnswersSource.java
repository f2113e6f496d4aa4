package org.k2advisor.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.json.StrictUtf8;

/**
 * The text of an answers file, or of standard input for "-": read up to a fixed size (so that
 * /dev/zero or a runaway pipe cannot fill memory), decoded strictly as UTF-8, and when it cannot
 * be read, a reason a person can act on.
 */
final class AnswersSource {
    /** More than any answers file needs (they are a few hundred bytes), and little enough to hold. */
    static final int MAX_BYTES = 1 << 20;

    private AnswersSource() {}

    /**
     * @param option the option that named it, such as "--answers", for messages
     * @throws InvalidAnswersException UNREADABLE, TOO_LONG or NOT_UTF8
     */
    static String read(String option, String name, InputStream stdin) {
        try (InputStream in = open(option, name, stdin)) {
            return StrictUtf8.decode(bounded(in));
        } catch (IOException e) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, "cannot read " + shown(name) + ": " + reason(e));
        }
    }

    /**
     * The stream of a file, or standard input for "-" (which closing leaves open), for a caller
     * that reads it bit by bit, such as `batch`; the same reasons as {@link #read} when it cannot be opened.
     *
     * @param option the option that named it, such as "--in", for messages
     * @throws InvalidAnswersException UNREADABLE
     */
    static InputStream open(String option, String name, InputStream stdin) {
        if (name.equals("-")) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // Standard input belongs to the process, not to one reader of it.
                }
            };
        }
        if (name.isBlank()) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, "the file name is empty; give a file, or - for standard input");
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, "not a file name: " + ValueEcho.of(name));
        }
        if (Files.isDirectory(path)) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, shown(name) + " is a directory; give an answers file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, "no such file: " + shown(name));
        } catch (IOException e) {
            throw new InvalidAnswersException(Code.UNREADABLE, option, "cannot read " + shown(name) + ": " + reason(e));
        }
    }

    /** How a file is named in a message; standard input by that name. */
    static String shown(String name) {
        return name.equals("-") ? "standard input" : ValueEcho.path(name);
    }

    /** An I/O failure in a few words for a person: "permission denied", not a class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return ValueEcho.bare(f.getReason());
        }
        return e.getMessage() == null ? "an I/O error" : ValueEcho.bare(e.getMessage());
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidAnswersException(Code.TOO_LONG, "answers",
                    "the answers are larger than " + (MAX_BYTES >> 20) + " MiB; an answers file is a few hundred bytes");
        }
        return bytes;
    }
}
