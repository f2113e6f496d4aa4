package org.k2advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The slf4j-simple settings the launcher passes to Java. The library jar has none, so a test or
 * benchmark that starts the CLI in a JVM of its own passes these, read from the script itself.
 */
public final class LauncherLogging {
    public static final Path LAUNCHER = Path.of("k2advisor");
    private static final Pattern FLAG = Pattern.compile("-D(org\\.slf4j\\.simpleLogger\\.[\\w.]+)=([^\\s)\"']+)");

    private LauncherLogging() {}

    /** Each setting as a java command-line flag, in the script's order. */
    public static List<String> flags() {
        return settings().map(MatchResult::group).toList();
    }

    /** Each setting as "name=value". */
    public static List<String> properties() {
        return settings().map(m -> m.group(1) + "=" + m.group(2)).toList();
    }

    private static java.util.stream.Stream<MatchResult> settings() {
        try {
            return FLAG.matcher(Files.readString(LAUNCHER)).results();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
