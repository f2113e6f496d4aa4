package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.k2advisor.LauncherLogging;

/** `serve` refuses what it cannot do in one line, exit 2, before it would block serving. */
class ServeCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port|-1|--port: expected a port from 0 to 65535, got -1",
        "--port|70000|--port: expected a port from 0 to 65535, got 70000",
        "--max-body|5|--max-body: expected a size from 1k to 64m, such as 256k, got \"5\"",
        "--max-body|lots|--max-body: expected a size from 1k to 64m, such as 256k, got \"lots\"",
        "--time-budget|2 days|--time-budget: expected a duration from 1ms to 60m, such as 500ms or 2s, got \"2 days\"",
        "--shutdown-grace|0ms|--shutdown-grace: expected a duration from 1ms to 60m, such as 500ms or 2s, got \"0ms\"",
        "--cors-origin|https://sandbox.cds-hooks.org/app|--cors-origin: expected an origin such as https://sandbox.cds-hooks.org "
                + "(scheme, host and optional port, no path) or *, got \"https://sandbox.cds-hooks.org/app\""})
    void whenAnOptionIsOutOfRange_thenOneLineNamesItAndExitIs2(String option, String value, String message) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("serve", option, value));

        assertEquals(2, run.exit(), run.err());
        assertEquals("k2advisor: " + message + "\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void whenThePortIsTaken_thenOneLineSaysSoAndExitIs2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort())));

            assertEquals(2, run.exit(), run.err());
            assertEquals("k2advisor: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use or not this machine's; choose another with --port or --host\n", run.err());
        }
    }

    @Test
    void whenThePortIsTaken_thenAProcessStartedAsTheLauncherStartsItPrintsOnlyThatLine() throws Exception {
        // In a JVM of its own with the launcher's logging settings: Javalin logs its own failure to
        // start through slf4j before throwing, which an in-process run with its own streams never shows.
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
            command.addAll(LauncherLogging.flags());
            command.addAll(List.of("org.k2advisor.cli.Main", "serve", "--port", Integer.toString(taken.getLocalPort())));
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // Not a timing check: the bound only keeps a regression from hanging the build.
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the process did not exit");
            }
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, process.exitValue(), err);
            assertEquals("k2advisor: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use or not this machine's; choose another with --port or --host\n", err);
        }
    }
}
