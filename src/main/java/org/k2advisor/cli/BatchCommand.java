package org.k2advisor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.batch.JsonLines;
import org.k2advisor.internal.batch.LineAdvisor;
import org.k2advisor.internal.batch.OrderedBatch;
import org.k2advisor.internal.batch.Progress;
import org.k2advisor.internal.batch.RulesComparison;
import org.k2advisor.internal.batch.Tally;
import org.k2advisor.internal.answers.ValueEcho;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Advise many sets of answers in one run: JSON Lines in, JSON Lines out.",
            "Each input line is one answers object, as `advise --answers` reads one. Output line N is "
            + "for input line N, always: the report, as `advise --format json` prints it but on one line, "
            + "or for a line that cannot be used {\"line\": N, \"problems\": [...]} with every problem's "
            + "code, field and message. A blank line is such an error too, so the lines never shift. "
            + "A bad line never stops the batch.",
            "Lines are advised in parallel and written in input order. While standard error is a "
            + "terminal it shows how far the batch has come; at the end it prints a one-line summary there."},
        footer = {"", "Examples:",
            "  k2advisor batch --in profiles.jsonl --out reports.jsonl",
            "  k2advisor batch < profiles.jsonl > reports.jsonl",
            "  k2advisor batch --in profiles.jsonl --threads 1 --trace",
            "  paste -d '\\t' profiles.jsonl reports.jsonl    (each answer beside its report)",
            "  k2advisor batch --in profiles.jsonl --compare-rules ../rules-2.1 --out changed.jsonl",
            "",
            "Exit status: 0 every line got a report; 1 some lines got an error object (the",
            "output is still complete: the summary names the first of them); 2 bad input",
            "(bad options, an unreadable --in, an --out file that exists, or a --rules pack",
            "whose rules fail: the batch stops there, and --out FILE is not written)."})
final class BatchCommand implements Callable<Integer> {
    /** Far beyond the cores of any machine this runs on; more threads than cores only add hand-overs. */
    static final int MAX_THREADS = 256;
    /** As `rules check` uses 1 for findings: the run went through, and what it found is in its output. */
    static final int SOME_LINES_BAD = 1;

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--in", paramLabel = "FILE|-", defaultValue = "-",
            description = "The answers, one JSON object a line (JSON Lines, UTF-8); - (the default) for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-",
            description = "Where the reports go, one a line; - (the default) for standard output. A file is "
                    + "written whole when the batch ends, or not at all; an existing file is replaced only with --force. "
                    + "A device or a named pipe (/dev/null) is written as the batch goes.")
    String out;

    @Option(names = "--force", description = "Let --out replace an existing file.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N",
            description = "Advise on N threads, 1 to " + MAX_THREADS + " (default: one per processor core).")
    Integer threads;

    @Option(names = "--trace", description = "Add each report's reasoning trace, as `advise --format json --trace` does.")
    boolean trace;

    @Option(names = "--compare-rules", paramLabel = "DIR",
            description = "Advise every line with the built-in pack (or --rules) and with the pack in DIR, and write only "
                    + "the people whose advice changed: {\"line\": N, \"packs\": {\"before\", \"after\"}, \"added\", "
                    + "\"removed\", \"changed\"}, in input order, with the error object of each line that cannot be used.")
    Path compareRules;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console;
        int workers = threads();
        Path target = out.equals("-") ? null : checkedTarget();
        if (compareRules != null && trace) {
            throw new InvalidAnswersException(Code.USAGE, "--trace",
                    "cannot be used with --compare-rules, which writes changes, not reports");
        }
        try (InputStream input = AnswersSource.open("--in", in, console.in())) {
            // Loaded once and shared by every worker thread: an Advisor is thread-safe.
            Advisor advisor = pack.load();
            RulesComparison comparison = compareRules == null ? null : new RulesComparison(advisor, comparedPack());
            OrderedBatch.Handler handler = comparison == null ? new LineAdvisor(advisor, trace) : comparison;
            // Only the real process asks; tests with their own streams never see a progress line.
            Progress progress = new Progress(console.err(), console.err() == System.err && TerminalWidth.isTerminal(2));
            Tally tally = run(new OrderedBatch(handler, workers, progress), progress, new JsonLines(input), target, console);
            console.err().println("k2advisor batch: " + (comparison == null ? tally.summary(progress.elapsedNanos())
                    : comparison.packs() + ": " + tally.comparisonSummary(progress.elapsedNanos(), comparison.changed())));
            return tally.errors() == 0 ? 0 : SOME_LINES_BAD;
        }
    }

    /** The pack of --compare-rules, loaded before the first line is read and before --out is created. */
    private Advisor comparedPack() {
        if (!Files.isDirectory(compareRules)) {
            throw new InvalidAnswersException(Code.USAGE, "--compare-rules", ValueEcho.path(compareRules.toString())
                    + " is not a directory; give the folder of a knowledge pack, laid out like the repository's rules/");
        }
        try {
            // --allow-unsafe-text applies to both packs: a draft under review is often the second.
            return Advisor.fromDirectory(compareRules, pack.options());
        } catch (KnowledgePackException e) {
            throw new KnowledgePackException("--compare-rules: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private Tally run(OrderedBatch batch, Progress progress, JsonLines lines, Path target, Console console)
            throws IOException {
        Tally tally;
        try {
            if (target == null) {
                tally = batch.run(lines, new BufferedOutputStream(new ClosedCheckingStream(console.out()), 1 << 16));
            } else if (Files.exists(target) && !Files.isRegularFile(target)) {
                tally = toDeviceOrPipe(batch, lines, target);
            } else {
                tally = toFile(batch, lines, target);
            }
        } catch (JsonLines.InputFailure e) {
            throw new InvalidAnswersException(Code.UNREADABLE, "--in",
                    "cannot read " + AnswersSource.shown(in) + ": " + AnswersSource.reason((IOException) e.getCause()));
        } catch (FileAlreadyExistsException e) {
            throw new InvalidAnswersException(Code.USAGE, "--out", ValueEcho.path(out)
                    + " appeared while the batch ran, and was left as it is; add --force to replace it");
        } catch (IOException e) {
            throw new InvalidAnswersException(Code.USAGE, "--out", "cannot write "
                    + (target == null ? "standard output" : ValueEcho.path(out)) + ": " + AnswersSource.reason(e)
                    + "; the batch stopped");
        } catch (KnowledgePackException e) {
            throw new KnowledgePackException(e.getMessage().lines().findFirst().orElse("") + "; the batch stopped there"
                    + (target == null ? "" : ", and " + ValueEcho.path(out) + " was not written"), e);
        } finally {
            progress.clear();
        }
        return tally;
    }

    /**
     * /dev/null, a named pipe or a terminal holds nothing that could be lost or half-written, and
     * cannot be replaced by a rename (as root, a rename would replace /dev/null itself): written as it goes.
     */
    private static Tally toDeviceOrPipe(OrderedBatch batch, JsonLines lines, Path target) throws IOException {
        try (OutputStream device = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
            return batch.run(lines, device);
        }
    }

    /** @throws FileAlreadyExistsException when the file appeared during the batch, and --force was not given */
    private Tally toFile(OrderedBatch batch, JsonLines lines, Path target) throws IOException {
        try (ReportsFile file = ReportsFile.create(target)) {
            Tally tally = batch.run(lines, file.stream());
            file.commit(force);
            return tally;
        }
    }

    private int threads() {
        int count = threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS) : threads;
        if (count < 1 || count > MAX_THREADS) {
            throw new InvalidAnswersException(Code.USAGE, "--threads",
                    "expected a number of threads from 1 to " + MAX_THREADS + ", got " + count);
        }
        return count;
    }

    /** Fails before any line is read, not after the last, when the reports could not be written there. */
    private Path checkedTarget() {
        if (out.isBlank()) {
            throw new InvalidAnswersException(Code.USAGE, "--out", "the file name is empty; give a file, or - for standard output");
        }
        String shown = ValueEcho.path(out);
        Path path;
        try {
            path = Path.of(out);
        } catch (InvalidPathException e) {
            throw new InvalidAnswersException(Code.USAGE, "--out", "not a file name: " + ValueEcho.of(out));
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidAnswersException(Code.USAGE, "--out", "the folder of " + shown + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new InvalidAnswersException(Code.USAGE, "--out", shown + " is a directory; give a file name");
        }
        if (!force && Files.isRegularFile(path)) {
            throw new InvalidAnswersException(Code.USAGE, "--out", shown
                    + " already exists; add --force to replace it, or choose another name");
        }
        return path;
    }

    /**
     * Standard output as a stream that fails once it cannot be written: a PrintStream swallows the
     * error, so a batch piped into `head` would otherwise advise every remaining line for nobody.
     */
    private static final class ClosedCheckingStream extends OutputStream {
        private final PrintStream stdout;

        ClosedCheckingStream(PrintStream stdout) {
            this.stdout = stdout;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            stdout.write(bytes, offset, length);
            check();
        }

        @Override
        public void flush() throws IOException {
            check(); // checkError() flushes
        }

        private void check() throws IOException {
            if (stdout.checkError()) {
                throw new IOException("it was closed");
            }
        }
    }
}
