package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
}
