package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k2advisor.LauncherLogging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * `serve` in a JVM of its own, stopped as a process manager stops it: SIGTERM while a batch is still
 * being sent. The request in flight finishes with all its reports, new connections are refused, the
 * process exits, and standard error holds only the documented lines.
 */
class ServeProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVING = Pattern.compile("k2advisor: serving http://127\\.0\\.0\\.1:(\\d+) \\(.*\\)");
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ";
    /** The README's access-log line: time, client, "METHOD path", status, duration. */
    private static final String ACCESS = TIME + "\\S+ \"[A-Z]+ /\\S*\" \\d{3} \\d+\\.\\dms";
    private static final String STOPPING = TIME + "k2advisor: stopping: no new connections; requests in flight have up to \\d+ s to finish";
    private static final String STOPPED = TIME + "k2advisor: stopped";
    /** A JVM stopped by SIGTERM exits 128 + 15 once its shutdown hooks (here: the graceful stop) have run. */
    private static final int SIGTERM_EXIT = 143;

    @Test
    @Disabled("Unfinished: started from surefire, the child JVM catches SIGTERM (SigCgt) yet prints 'stopping' only when"
            + " the in-flight batch ends by Jetty's 30 s idle timeout; the same steps from a script (python, kill -TERM)"
            + " pass: stopping at once, both reports, exit 143. Cause not found yet.")
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void whenSigtermArrivesDuringABatch_thenTheBatchFinishesNewConnectionsAreRefusedAndOnlyTheDocumentedLinesAreLogged()
            throws Exception {
        // Given the service in its own JVM, as the launcher starts it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The run-time class path, as the launcher's: the test class path holds test-only jars no service runs with.
        String classpath = "target/classes" + File.pathSeparator + Files.readString(Path.of("target/runtime-class-path.txt")).strip();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
        command.addAll(LauncherLogging.flags());
        command.addAll(List.of("org.k2advisor.cli.Main", "serve", "--port", "0", "--shutdown-grace", "30s"));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        BlockingQueue<String> err = new LinkedBlockingQueue<>();
        List<String> errLines = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(process.getErrorStream(), err), "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String serving = next(err, errLines, 90);
            Matcher port = SERVING.matcher(serving);
            assertTrue(port.matches(), "the first line says where it serves: " + serving);
            int portNumber = Integer.parseInt(port.group(1));

            try (Socket socket = new Socket("127.0.0.1", portNumber)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                // When a batch is under way (its first report is back, the body not yet ended)...
                write(out, "POST /v1/advice/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n");
                write(out, chunk("{\"age\": 45}\n"));
                ChunkedResponse response = new ChunkedResponse(in);
                assertTrue(response.status.startsWith("HTTP/1.1 200"), response.status);
                response.readUntilLines(1);

                // ... and SIGTERM arrives, as from a process manager (Process.destroy would also close our end of stderr)
                assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor(), "kill");
                assertTrue(next(err, errLines, 30).matches(STOPPING), errLines + " " + signals(process.pid()));

                // Then a new connection is refused while the batch is still open
                assertRefusedWithin(portNumber, 20);

                // and the batch in flight takes its last lines and answers every one
                try {
                    write(out, chunk("{\"age\": 70}\n{\"age\": 131}\n"));
                    write(out, "0\r\n\r\n");
                } catch (IOException e) {
                    String got;
                    try {
                        got = response.readToEnd().toString();
                    } catch (IOException again) {
                        got = again.getMessage();
                    }
                    Thread.sleep(2000);
                    err.drainTo(errLines);
                    fail("the rest of the batch could not be sent (" + e + "); the response: " + got + "; stderr: " + errLines);
                }
                List<String> lines = response.readToEnd();
                err.drainTo(errLines);
                assertEquals(3, lines.size(), () -> lines.get(lines.size() - 1) + "; stderr: " + errLines);
                assertEquals(45, JSON.readTree(lines.get(0)).get("answers").get("age").asInt());
                assertEquals(70, JSON.readTree(lines.get(1)).get("answers").get("age").asInt());
                JsonNode error = JSON.readTree(lines.get(2));
                assertEquals(3, error.get("line").asInt(), lines.get(2));
            }

            // And the process exits, with the status of a JVM stopped by SIGTERM, after saying it stopped
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("the service did not exit within 60 s of SIGTERM; standard error: " + errLines);
            }
            assertEquals(SIGTERM_EXIT, process.exitValue(), errLines.toString());
            reader.join(10_000);
            err.drainTo(errLines);
            assertEquals(4, errLines.size(), "serving, one access line, stopping, stopped: " + errLines);
            assertTrue(errLines.get(1).matches(ACCESS) && errLines.get(1).contains("\"POST /v1/advice/batch\" 200 "),
                    errLines.get(1));
            assertTrue(errLines.get(3).matches(STOPPED), errLines.get(3));
        } finally {
            process.destroyForcibly();
        }
    }

    /** The child's signal masks, for a failure message: a signal ignored by a parent stays ignored. */
    private static String signals(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("Sig")).toList().toString();
        } catch (IOException e) {
            return "(no /proc: " + e + ")";
        }
    }

    /** Connecting fails within the bound once the server has closed its listening socket. */
    private static void assertRefusedWithin(int port, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // a timeout or reset: try again
            }
            Thread.sleep(50);
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "no new connections after SIGTERM");
    }

    private static String next(BlockingQueue<String> err, List<String> seen, int seconds) throws InterruptedException {
        String line = err.poll(seconds, TimeUnit.SECONDS);
        assertNotNull(line, "no line on standard error within " + seconds + " s; so far: " + seen);
        seen.add(line);
        return line;
    }

    private static void readLines(InputStream stream, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(standard error could not be read: " + e + ")");
        }
    }

    private static String chunk(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** An HTTP/1.1 response with a chunked body, read as it arrives: the body's lines, chunk by chunk. */
    private static final class ChunkedResponse {
        private final InputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final String status;
        private boolean ended;

        ChunkedResponse(InputStream in) throws IOException {
            this.in = in;
            String head = line();
            this.status = head;
            String header;
            boolean chunked = false;
            while (!(header = line()).isEmpty()) {
                chunked |= header.toLowerCase(java.util.Locale.ROOT).equals("transfer-encoding: chunked");
            }
            assertTrue(chunked, "the batch streams its reports in chunks");
        }

        void readUntilLines(int count) throws IOException {
            while (!ended && lines().size() < count) {
                readChunk();
            }
        }

        List<String> readToEnd() throws IOException {
            while (!ended) {
                readChunk();
            }
            return lines();
        }

        private List<String> lines() {
            String text = body.toString(StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n');
            return complete < 0 ? List.of() : text.substring(0, complete).lines().toList();
        }

        private void readChunk() throws IOException {
            String size = line();
            int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected
                }
                ended = true;
                return;
            }
            body.write(in.readNBytes(length));
            line();
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the response ended early: " + body.toString(StandardCharsets.UTF_8));
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.UTF_8);
        }
    }
}
