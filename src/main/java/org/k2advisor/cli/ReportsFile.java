package org.k2advisor.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.k2advisor.internal.io.MoveIntoPlace;

/**
 * The --out file of a batch, written whole or not at all: the reports go to a temporary file beside
 * it (same folder, so the final move is a rename), which is synced and moved into place only when
 * the batch has finished. A batch that stops early (a broken pack, a read error, Ctrl-C) deletes
 * the temporary file and leaves any earlier file untouched. The temporary file is created readable
 * by its owner only, and the move keeps that: these are health answers. An existing file is
 * replaced only when the caller allows it; otherwise the file appears under its name only if no
 * file is there, checked and done in one step by the file system (as the interview's save does).
 */
public final class ReportsFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private final Thread deleteOnInterrupt;

    private ReportsFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        // Ctrl-C ends the JVM without unwinding this thread's finally blocks; shutdown hooks do run.
        this.deleteOnInterrupt = new Thread(this::deleteTemp);
        Runtime.getRuntime().addShutdownHook(deleteOnInterrupt);
    }

    /** Opens the temporary file beside {@code target}; the target itself is not touched yet. */
    public static ReportsFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return new ReportsFile(absolute, Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp"));
    }

    public OutputStream stream() {
        return stream;
    }

    /**
     * Syncs the reports to disk and moves them into place.
     *
     * @param replace whether an existing file may be replaced
     * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
     */
    public void commit(boolean replace) throws IOException {
        stream.flush();
        channel.force(true);
        channel.close();
        if (replace) {
            MoveIntoPlace.replacing(temp, target);
        } else {
            // The temporary name goes in close().
            MoveIntoPlace.creating(temp, target);
        }
    }


    /** Removes the temporary file: after a commit, only its name (a link); otherwise the unfinished reports. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            deleteTemp();
            try {
                Runtime.getRuntime().removeShutdownHook(deleteOnInterrupt);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is running, as intended.
            }
        }
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done about a file that cannot be deleted; it has a hidden name.
        }
    }
}
