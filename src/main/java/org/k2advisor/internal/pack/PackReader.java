package org.k2advisor.internal.pack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.k2advisor.Claim;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.PackOptions;
import org.k2advisor.Source;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Reads a pack (pack.json, questionnaire.json, advice.json, the DRL files pack.json lists) plus
 * the claims and sources of seeds/, and checks that everything they cite exists. The seeds are
 * always the built-in ones: an edited rules directory still encodes the same article.
 */
public final class PackReader {
    static final String BUILT_IN_RULES = "k2advisor/rules";
    static final String BUILT_IN_SEEDS = "k2advisor/seeds";
    private static final JsonPointer RULES = JsonPointer.compile("/rules");

    private PackReader() {}

    /**
     * A pack read for `rules check`: as much as could be read, with the problems read past on the
     * way. When a problem stopped reading, {@code pack} is null and {@code unreadable} says why.
     */
    public record Checked(KnowledgePack pack, List<PackProblem> problems, String unreadable) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** What reading does with text that fails the safety checks ({@link UnsafeText}). */
    private enum TextCheck {
        /** The built-in pack: its text is checked by the tests at build time, so it always loads. */
        TRUSTED,
        /** An edited pack: unsafe text stops it loading. */
        REFUSE,
        /** An edited pack loaded anyway: the pack keeps its unsafe text, and its reports say so. */
        ALLOW,
        /** rules check: every unsafe sentence is a finding. */
        COLLECT
    }

    public static KnowledgePack builtIn() {
        return read(PackFiles.classpath(BUILT_IN_RULES), ReadProblems.stopAtFirst(), TextCheck.TRUSTED);
    }

    /** @throws KnowledgePackException naming the file (and line) of the first problem */
    public static KnowledgePack directory(Path dir) {
        return directory(dir, PackOptions.defaults());
    }

    /** As {@link #directory(Path)}; with {@link PackOptions#allowUnsafeText()} unsafe text is kept, not refused. */
    public static KnowledgePack directory(Path dir, PackOptions options) {
        return read(files(dir), ReadProblems.stopAtFirst(), options.unsafeTextAllowed() ? TextCheck.ALLOW : TextCheck.REFUSE);
    }

    /** Reads the pack in {@code rulesDir} (null: the built-in pack) past every problem it can. */
    public static Checked check(Path rulesDir) {
        PackFiles files = rulesDir == null ? PackFiles.classpath(BUILT_IN_RULES) : files(rulesDir);
        ReadProblems problems = ReadProblems.collectAll();
        try {
            KnowledgePack pack = read(files, problems, TextCheck.COLLECT);
            return new Checked(pack, problems.found(), null);
        } catch (KnowledgePackException e) {
            return new Checked(null, problems.found(), e.getMessage());
        }
    }

    private static PackFiles files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgePackException("--rules: " + dir + " is not a directory");
        }
        return PackFiles.directory(dir);
    }

    /** One file of a pack as text (rulesDir null: the built-in pack), for tools that point at its lines. */
    public static RawFile rawFile(Path rulesDir, String name) {
        PackFiles files = rulesDir == null ? PackFiles.classpath(BUILT_IN_RULES) : PackFiles.directory(rulesDir);
        return new RawFile(files.describe(name), files.read(name));
    }

    /** One file of the built-in seeds (claims.json, sources.json) as text. */
    public static RawFile rawSeedFile(String name) {
        return new RawFile("seeds/" + name, PackFiles.classpath(BUILT_IN_SEEDS).read(name));
    }

    private static KnowledgePack read(PackFiles files, ReadProblems problems, TextCheck textCheck) {
        PackFiles seeds = PackFiles.classpath(BUILT_IN_SEEDS);
        MessageDigest digest = sha256();
        JsonFile manifest = JsonFile.parse(files, "pack.json", digest);
        JsonFile questionnaireFile = JsonFile.parse(files, "questionnaire.json", digest);
        JsonFile adviceFile = JsonFile.parse(files, "advice.json", digest);

        List<KnowledgePack.RuleFile> ruleFiles = readRuleFiles(files, manifest, digest, problems);
        JsonFile claimsFile = JsonFile.parse(seeds, "claims.json", digest);
        JsonFile sourcesFile = JsonFile.parse(seeds, "sources.json", digest);

        Map<String, Source> sources = SeedsReader.sources(sourcesFile);
        List<Claim> claims = SeedsReader.claims(claimsFile, sources);
        QuestionnaireReader.Questionnaire questionnaire = new QuestionnaireReader(questionnaireFile, problems).read();
        CatalogueReader.Catalogue catalogue = new CatalogueReader(adviceFile, claims.stream().map(Claim::id).toList(),
                sources, questionnaire.questions()).read();
        List<PackProblem> unsafe = textCheck == TextCheck.TRUSTED ? List.of()
                : UnsafeText.problems(ReadableTexts.of(manifest.raw(), questionnaireFile.raw(), adviceFile.raw()));
        if (textCheck == TextCheck.REFUSE && !unsafe.isEmpty()) {
            throw UnsafeText.refusal(unsafe);
        }
        if (textCheck == TextCheck.COLLECT) {
            unsafe.forEach(problems::add);
        }

        LocalDate evidenceCheckedOn = sources.values().stream().map(Source::checkedOn)
                .min(Comparator.naturalOrder()).orElseThrow(() -> sourcesFile.error("'sources' must not be empty"));
        KnowledgeBaseInfo info = new KnowledgeBaseInfo(
                manifest.text(manifest.root(), "name"),
                manifest.text(manifest.root(), "version"),
                HexFormat.of().formatHex(digest.digest()),
                evidenceCheckedOn);
        return new KnowledgePack(info, manifest.text(manifest.root(), "title"),
                manifest.text(manifest.root(), "disclaimer"), questionnaire.questions(), questionnaire.reasons(),
                questionnaire.aliases(), catalogue.entries(), catalogue.passages(), claims, sources, ruleFiles,
                textCheck == TextCheck.ALLOW ? unsafe.stream().sorted().toList() : List.of());
    }

    private static List<KnowledgePack.RuleFile> readRuleFiles(PackFiles files, JsonFile manifest, MessageDigest digest,
            ReadProblems problems) {
        List<String> listed = manifest.texts(manifest.root(), "rules");
        if (listed.isEmpty()) {
            throw manifest.error("'rules' must list at least one .drl file");
        }
        for (String present : files.drlFilesPresent()) {
            if (!listed.contains(present)) {
                problems.add(manifest.problem(RULES, "'rules' does not list " + present
                        + " (every .drl file must be listed, in load order)"));
            }
        }
        List<KnowledgePack.RuleFile> ruleFiles = new ArrayList<>();
        for (String name : listed) {
            String text = files.read(name);
            if (text == null) {
                throw manifest.error("'rules' lists " + name + ", which does not exist");
            }
            JsonFile.update(digest, name, text);
            ruleFiles.add(new KnowledgePack.RuleFile(name, files.describe(name), text));
        }
        return ruleFiles;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
