package org.k2advisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.k2advisor.Advisor;
import org.k2advisor.AdvisorException;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.internal.check.Coverage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import org.k2advisor.internal.render.Wrap;

@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show which rules, claims and advice items a set of scenarios exercises.",
            "Runs every DIR/*.answers.json and lists what fired, which claims those rules encode and "
            + "which advice appeared, with everything no scenario exercises listed first."},
        footer = {"", "Examples:",
            "  k2advisor rules coverage --scenarios src/test/resources/scenarios",
            "",
            "Exit status: 0 coverage printed, 2 bad input (such as a scenario the advisor rejects)."})
final class RulesCoverageCommand implements Callable<Integer> {
    private static final String SUFFIX = ".answers.json";

    @ParentCommand
    RulesCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--scenarios", paramLabel = "DIR", required = true,
            description = "A directory of scenarios: NAME.answers.json files, as `advise --answers` reads them.")
    Path scenarios;

    @Override
    public Integer call() {
        List<Path> files = scenarioFiles();
        Advisor advisor = pack.load();
        Coverage coverage = new Coverage(advisor.rules(), advisor.claims(), advisor.catalogue());
        for (Path file : files) {
            String name = file.getFileName().toString();
            name = name.substring(0, name.length() - SUFFIX.length());
            try {
                coverage.add(name, advisor.adviseJson(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (AdvisorException e) {
                throw new InvalidAnswersException(file.toString(), e.getMessage());
            } catch (IOException e) {
                throw new InvalidAnswersException(file.toString(), "cannot read: " + e.getMessage());
            }
        }
        parent.parent.console.print(render(coverage));
        return 0;
    }

    private List<Path> scenarioFiles() {
        if (!Files.isDirectory(scenarios)) {
            throw new InvalidAnswersException("--scenarios", scenarios + " is not a directory");
        }
        try (Stream<Path> list = Files.list(scenarios)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidAnswersException("--scenarios", "no *" + SUFFIX + " files in " + scenarios);
            }
            return files;
        } catch (IOException e) {
            throw new InvalidAnswersException("--scenarios", "cannot list " + scenarios + ": " + e.getMessage());
        }
    }

    private String render(Coverage coverage) {
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("", "  ", "Coverage of " + coverage.scenarios().size() + " scenario"
                + (coverage.scenarios().size() == 1 ? "" : "s") + " in " + scenarios + ": "
                + String.join(", ", coverage.scenarios()) + "."));
        section(out, "Rules", "fired", coverage.rules());
        section(out, "Claims", "exercised by a rule that fired", coverage.claims());
        section(out, "Advice items", "appeared in a report", coverage.advice());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String verb, List<Coverage.Use> uses) {
        List<Coverage.Use> exercised = uses.stream().filter(Coverage.Use::exercised).toList();
        List<Coverage.Use> never = uses.stream().filter(use -> !use.exercised()).toList();
        out.append('\n').append(title).append(": ").append(exercised.size()).append(" of ").append(uses.size()).append(' ')
                .append(verb).append(String.format(Locale.ROOT, " (%d%%)%n",
                        uses.isEmpty() ? 100 : 100 * exercised.size() / uses.size()));
        if (!never.isEmpty()) {
            out.append("  never:\n");
            never.forEach(use -> out.append("    ").append(use.id()).append(detail(use)).append('\n'));
        }
        if (!exercised.isEmpty()) {
            out.append("  exercised:\n");
            exercised.forEach(use -> out.append(Wrap.wrap("    " + use.id() + detail(use) + "  by ", "      ",
                    String.join(", ", use.scenarios()))));
        }
    }

    private static String detail(Coverage.Use use) {
        return use.detail().isEmpty() ? "" : " (" + use.detail() + ")";
    }
}
