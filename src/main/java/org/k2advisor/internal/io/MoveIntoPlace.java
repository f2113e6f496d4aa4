package org.k2advisor.internal.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a complete temporary file at its target's name, replacing what is there or never. */
public final class MoveIntoPlace {
    private MoveIntoPlace() {}

    /** Replaces the target atomically where the file system can, else by a plain move. */
    public static void replacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Creates the target, refusing a name that is taken. A hard link fails atomically if the name
     * is taken, where a rename would silently replace the file; the caller then deletes the
     * temporary name. Where links are not supported, a move without REPLACE_EXISTING refuses an
     * existing file too, if less atomically.
     *
     * @throws FileAlreadyExistsException when the target exists
     */
    public static void creating(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(temp, target);
        }
    }
}
