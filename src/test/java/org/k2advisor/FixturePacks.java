package org.k2advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Broken or altered packs for tests, each made from the real rules/ plus a few declared edits
 * (src/test/resources/packs/NAME/edits.json, src/test/resources/educator/packs/NAME/edits.json),
 * so a fixture never drifts from the pack it is a variant of. Each edit must match exactly once:
 * when the real pack changes under it, the fixture fails loudly instead of testing something stale.
 * Other files beside edits.json replace the rules/ file of the same name.
 *
 * <p>Built into target/test-packs/ (educator ones into target/test-packs/educator/) once per run.
 * A pack already there with the same files is left as it is, so that test JVMs running side by
 * side (PIT's, see the mutation profile in pom.xml) never delete a pack that another is reading.
 */
public final class FixturePacks {
    public static final Path ROOT = Path.of("target/test-packs");
    private static final List<Path> SOURCES = List.of(Path.of("src/test/resources/packs"),
            Path.of("src/test/resources/educator/packs"));
    private static boolean built;

    private FixturePacks() {}

    /** The directory of fixture pack {@code name} ("drl-error", or "educator/retraction"), built if needed. */
    public static synchronized Path get(String name) {
        buildAll();
        return ROOT.resolve(name);
    }

    public static synchronized void buildAll() {
        if (built) {
            return;
        }
        try {
            for (Path source : SOURCES) {
                Path target = source.getParent().getFileName().toString().equals("educator")
                        ? ROOT.resolve("educator") : ROOT;
                try (Stream<Path> packs = Files.list(source)) {
                    for (Path pack : packs.filter(Files::isDirectory).sorted().toList()) {
                        build(pack, target.resolve(pack.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        built = true;
    }

    private static void build(Path fixture, Path target) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> rules = Files.list(TestPacks.RULES_DIR)) {
            for (Path file : rules.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> own = Files.list(fixture)) {
            for (Path file : own.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("edits.json") && !name.equals("README.md")) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Path edits = fixture.resolve("edits.json");
        if (Files.exists(edits)) {
            for (JsonNode edit : new ObjectMapper().readTree(edits.toFile()).get("edits")) {
                apply(fixture, files, edit);
            }
        }
        if (files.equals(existing(target))) {
            return;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(target.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The files of a pack built before, by name; empty when there is none. */
    private static Map<String, String> existing(Path target) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> built = Files.list(target)) {
                for (Path file : built.toList()) {
                    if (!Files.isRegularFile(file)) {
                        return Map.of();
                    }
                    files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void apply(Path fixture, Map<String, String> files, JsonNode edit) {
        String name = edit.get("file").asText();
        String text = files.get(name);
        if (text == null) {
            throw new IllegalStateException(fixture + "/edits.json: no file " + name + " to edit");
        }
        if (edit.has("append")) {
            text = text + edit.get("append").asText();
        } else {
            String find = edit.get("find").asText();
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalStateException(fixture + "/edits.json: \"" + find + "\" must occur exactly once in "
                        + name + " (found " + (at < 0 ? "none" : "several") + "); update the fixture");
            }
            text = text.substring(0, at) + edit.get("replace").asText() + text.substring(at + find.length());
        }
        files.put(name, text);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }

    /** The number of the first line of {@code file} that contains {@code text}, so a test never pins a line number. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + file);
    }
}
