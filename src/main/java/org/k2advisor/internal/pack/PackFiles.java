package org.k2advisor.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.k2advisor.KnowledgePackException;

/** Where a pack's files come from: the jar (built-in pack) or a directory (an educator's copy). */
interface PackFiles {

    /** The file's text, or null when it does not exist. */
    String read(String name);

    /** How to name the file in an error message. */
    String describe(String name);

    /** DRL files present but possibly not listed in pack.json; empty where listing is impossible. */
    List<String> drlFilesPresent();

    static PackFiles classpath(String root) {
        return new PackFiles() {
            @Override
            public String read(String name) {
                try (InputStream in = PackFiles.class.getResourceAsStream("/" + root + "/" + name)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new KnowledgePackException("built-in pack: cannot read " + name + ": " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String name) {
                return name;
            }

            @Override
            public List<String> drlFilesPresent() {
                return List.of();
            }
        };
    }

    static PackFiles directory(Path dir) {
        return new PackFiles() {
            @Override
            public String read(String name) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new KnowledgePackException(describe(name) + ": cannot read: " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String name) {
                return dir.resolve(name).toString();
            }

            @Override
            public List<String> drlFilesPresent() {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
                } catch (IOException e) {
                    throw new KnowledgePackException(dir + ": cannot list: " + e.getMessage(), e);
                }
            }
        };
    }
}
