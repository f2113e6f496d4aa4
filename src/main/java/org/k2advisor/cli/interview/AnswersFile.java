package org.k2advisor.cli.interview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.k2advisor.internal.io.MoveIntoPlace;
import org.k2advisor.internal.json.AnswersJson;

/**
 * Writes answers as a JSON answers file that {@code advise --answers} reads back. The file is
 * written whole or not at all: a temporary file beside it is filled and synced, then moved over
 * it, so an interrupted save never leaves half a file. The temporary file is created readable by
 * its owner only, and the move keeps that: these are health answers. An existing file is replaced
 * only when the caller says so (the person agreed, or gave --force); otherwise the file appears
 * under its name only if no file is there, checked and done in one step by the file system.
 */
final class AnswersFile {
    private AnswersFile() {}

    /** A failed save in a few words for a person. */
    static String problem(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes a new file, or replaces an existing one: for callers that asked first. */
    static void write(Path target, Map<String, Object> answers) throws IOException {
        write(target, answers, true);
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws FileAlreadyExistsException when {@code target} exists and {@code replace} is false
     */
    static void write(Path target, Map<String, Object> answers, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(AnswersJson.write(answers).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (replace) {
                MoveIntoPlace.replacing(temp, absolute);
            } else {
                MoveIntoPlace.creating(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }


}
