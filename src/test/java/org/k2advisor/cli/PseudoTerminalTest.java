package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.LauncherLogging;
import org.k2advisor.internal.json.AnswersJson;

/**
 * End to end on a real pseudo-terminal: util-linux `script` gives the program a terminal, so
 * System.console() exists and JLine takes the keyboard. The test types keys (Tab, Ctrl-C,
 * Ctrl-D included) and reads the screen, waiting for each prompt before typing, as a person would.
 */
class PseudoTerminalTest {
    private static final long WAIT_SECONDS = 60;
    private static Path script;

    @TempDir
    Path dir;

    @BeforeAll
    static void findScript() {
        script = null;
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "script");
            if (Files.isExecutable(candidate)) {
                script = candidate;
                break;
            }
        }
        assumeTrue(script != null, "util-linux `script` is needed for a pseudo-terminal");
    }

    @Test
    void whenAPersonTypesAtATerminal_thenTheInterviewCompletesAnswersInColourAndShowsTheReport() throws Exception {
        // Given answers to all but the last two questions
        Path partial = dir.resolve("partial.json");
        Path saved = dir.resolve("saved.json");
        Files.writeString(partial, "{\"urgent_symptoms\": false, \"age\": 61, \"sex\": \"male\", \"anticoagulant\": \"none\", "
                + "\"kidney_disease\": false, \"diabetes\": true, \"high_cholesterol\": false, \"high_blood_pressure\": false, "
                + "\"chronic_inflammation\": false, \"smoking\": false, \"family_history\": false, \"heart_disease\": false, "
                + "\"aortic_valve_calcification\": false, \"cac_scan\": false, \"k2_supplement\": false, "
                + "\"vitamin_d_supplement\": false, \"calcium_supplement\": false, \"natto\": \"never\", \"physically_active\": true}");

        try (Terminal terminal = Terminal.run(Map.of(), 80, "ask", "--answers", partial.toString(), "--save", saved.toString())) {
            // When the person takes the default, completes "pre" with Tab, and confirms the summary
            terminal.waitFor("rarely, sometimes or often (Enter: sometimes)");
            terminal.type("\r");
            terminal.waitFor("a number from 1 to 4 (Enter: 4)");
            terminal.type("pre\t");
            terminal.type("\r");
            terminal.waitFor("Enter for your report");
            terminal.type("\r");
            terminal.waitFor("What next?");
            terminal.type("why 1\r");
            terminal.waitFor("every rule that fired.");
            terminal.type("quit\r");

            // Then the report appeared, questions were in colour, and Tab completed the answer
            assertEquals(0, terminal.exitCode(), terminal.screen());
            String screen = terminal.screen();
            assertTrue(screen.contains("\u001b[1mQuestion 1 of about 2: Apart from natto, how often"), screen);
            assertTrue(screen.contains("K2 Advisor: what the evidence says for your answers"), screen);
            assertTrue(screen.contains("Why item 1 ("), screen);
            Map<String, Object> answers = AnswersJson.parse(Files.readString(saved, StandardCharsets.UTF_8));
            assertEquals("prevent", answers.get("goal"));
            assertEquals("sometimes", answers.get("k2_foods"));
        }
    }

    @Test
    void whenCtrlDIsPressedWithNoColorSet_thenItStopsCleanlyInPlainText() throws Exception {
        try (Terminal terminal = Terminal.run(Map.of("NO_COLOR", "1"), 80, "ask")) {
            terminal.waitFor("yes, no or don't know >");
            terminal.type("\u0004");

            assertEquals(1, terminal.exitCode(), terminal.screen());
            String screen = terminal.screen();
            assertTrue(screen.contains("k2advisor: input ended before the report; nothing was saved."), screen);
            assertFalse(screen.contains("\u001b[1m") || screen.contains("\u001b[2m"), "no colour under NO_COLOR: " + screen);
            assertFalse(screen.contains("Exception"), screen);
        }
    }

    @Test
    void whenCtrlCIsPressedInABareK2advisor_thenItExits130WithAShortMessage() throws Exception {
        // Given `k2advisor` with no command, which on a terminal is the interview
        try (Terminal terminal = Terminal.run(Map.of(), 80)) {
            terminal.waitFor("Question 1 of about 21");
            terminal.waitFor("don't know");
            terminal.type("\u0003");

            assertEquals(130, terminal.exitCode(), terminal.screen());
            String screen = terminal.screen();
            assertTrue(screen.contains("k2advisor: interrupted; nothing was saved."), screen);
            assertFalse(screen.contains("Exception"), screen);
        }
    }

    @Test
    void whenTheTerminalIsSixtyColumnsWide_thenTheReportWrapsToIt() throws Exception {
        // Given a narrow terminal, such as a phone's, and COLUMNS saying something else
        try (Terminal terminal = Terminal.run(Map.of("COLUMNS", "120"), 60, "advise", "--set", "age=67",
                "--set", "diabetes=true", "--set", "goal=reverse")) {
            // When the report is printed
            assertEquals(0, terminal.exitCode(), terminal.screen());

            // Then no line is wider than the terminal (but for a lone word too long to break, a web address),
            // and the long ones use it
            List<String> lines = terminal.screen().lines().map(String::stripTrailing).toList();
            assertTrue(lines.stream().allMatch(line -> line.length() <= 60 || !line.strip().contains(" ")), terminal.screen());
            assertTrue(lines.stream().anyMatch(line -> line.length() > 55), terminal.screen());
        }
    }

    /** The program running under `script`: keys in, screen out. */
    private static final class Terminal implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final StringBuffer screen = new StringBuffer();
        private final Thread reader;

        private Terminal(Process process) {
            this.process = process;
            this.keys = process.getOutputStream();
            this.reader = new Thread(() -> copy(process.getInputStream()), "pty-reader");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        static Terminal run(Map<String, String> env, int columns, String... args) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(quote(java)));
            LauncherLogging.flags().forEach(flag -> command.add(quote(flag)));
            command.addAll(List.of("-cp", quote(classpath), "org.k2advisor.cli.Main"));
            for (String arg : args) {
                command.add(quote(arg));
            }
            // A pty made by `script` from a pipe has no size; JLine needs one to draw its line.
            String shell = "stty cols " + columns + " rows 24 2>/dev/null; exec " + String.join(" ", command);
            ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec", shell, "/dev/null").redirectErrorStream(true);
            builder.environment().remove("NO_COLOR");
            builder.environment().put("TERM", "xterm");
            builder.environment().putAll(env);
            return new Terminal(builder.start());
        }

        void waitFor(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!screen.toString().contains(text)) {
                if (System.nanoTime() > deadline || !process.isAlive() && !reader.isAlive()) {
                    fail("never saw \"" + text + "\" on the screen:\n" + screen);
                }
                Thread.sleep(20);
            }
        }

        void type(String text) throws IOException, InterruptedException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
            // Give the line editor a moment, as a person's typing would.
            Thread.sleep(150);
        }

        int exitCode() throws InterruptedException {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                fail("still running:\n" + screen);
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return process.exitValue();
        }

        String screen() {
            return screen.toString();
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[4096];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                screen.append("\n[reading the terminal failed: ").append(e.getMessage()).append("]");
            }
        }

        private static String quote(String word) {
            return "'" + word.replace("'", "'\\''") + "'";
        }

        @Override
        public void close() throws IOException {
            keys.close();
            process.destroyForcibly();
        }
    }
}
