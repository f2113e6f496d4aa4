package org.k2advisor.internal.pack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.Indicator;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.Question;
import org.k2advisor.Source;
import org.k2advisor.internal.answers.AnswerNormalizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a pack (pack.json, questionnaire.json, advice.json, the DRL files pack.json lists) plus
 * the claims and sources of seeds/, and checks that everything they cite exists. The seeds are
 * always the built-in ones: an edited rules directory still encodes the same article.
 */
public final class PackReader {
    static final String BUILT_IN_RULES = "k2advisor/rules";
    static final String BUILT_IN_SEEDS = "k2advisor/seeds";
    private static final List<String> TYPES = List.of("boolean", "integer", "number", "choice");

    private PackReader() {}

    public static KnowledgePack builtIn() {
        return read(PackFiles.classpath(BUILT_IN_RULES));
    }

    public static KnowledgePack directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgePackException("--rules: " + dir + " is not a directory");
        }
        return read(PackFiles.directory(dir));
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

    private static KnowledgePack read(PackFiles files) {
        PackFiles seeds = PackFiles.classpath(BUILT_IN_SEEDS);
        MessageDigest digest = sha256();
        JsonFile manifest = JsonFile.parse(files, "pack.json", digest);
        JsonFile questionnaire = JsonFile.parse(files, "questionnaire.json", digest);
        JsonFile advice = JsonFile.parse(files, "advice.json", digest);

        List<KnowledgePack.RuleFile> ruleFiles = readRuleFiles(files, manifest, digest);
        JsonFile claimsFile = JsonFile.parse(seeds, "claims.json", digest);
        JsonFile sourcesFile = JsonFile.parse(seeds, "sources.json", digest);

        Map<String, Source> sources = readSources(sourcesFile);
        List<Claim> claims = readClaims(claimsFile, sources);
        List<String> claimIds = claims.stream().map(Claim::id).toList();
        List<AdviceItem> catalogue = readCatalogue(advice, claimIds, sources);
        List<Question> questions = readQuestions(questionnaire);

        KnowledgeBaseInfo info = new KnowledgeBaseInfo(
                manifest.text(manifest.root(), "name"),
                manifest.text(manifest.root(), "version"),
                HexFormat.of().formatHex(digest.digest()));
        return new KnowledgePack(info, manifest.text(manifest.root(), "title"),
                manifest.text(manifest.root(), "disclaimer"), questions, catalogue, claims, sources, ruleFiles);
    }

    private static List<KnowledgePack.RuleFile> readRuleFiles(PackFiles files, JsonFile manifest, MessageDigest digest) {
        List<String> listed = manifest.texts(manifest.root(), "rules");
        if (listed.isEmpty()) {
            throw manifest.error("'rules' must list at least one .drl file");
        }
        for (String present : files.drlFilesPresent()) {
            if (!listed.contains(present)) {
                throw manifest.error("'rules' does not list " + present + " (every .drl file must be listed, in load order)");
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

    private static Map<String, Source> readSources(JsonFile file) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode node : file.array(file.root(), "sources")) {
            String id = file.text(node, "id");
            JsonNode url = node.get("url");
            sources.put(id, new Source(id, file.text(node, "citation"), url == null || url.isNull() ? null : url.asText()));
        }
        return sources;
    }

    private static List<Claim> readClaims(JsonFile file, Map<String, Source> sources) {
        List<Claim> claims = new ArrayList<>();
        for (JsonNode node : file.array(file.root(), "claims")) {
            String id = file.text(node, "id");
            List<String> claimSources = file.knownIds(node, "sources", sources.keySet(), "source", id);
            JsonNode correction = node.get("correction");
            String note = correction == null ? null : file.text(correction, "note");
            List<String> correctionSources = correction == null
                    ? List.of() : file.knownIds(correction, "sources", sources.keySet(), "source", id);
            JsonNode explanatory = node.get("explanatory");
            claims.add(new Claim(id, file.text(node, "origin"), file.text(node, "section"), file.text(node, "text"),
                    file.text(node, "evidence"), claimSources, note, correctionSources,
                    explanatory == null ? null : explanatory.asText()));
        }
        return claims;
    }

    private static List<AdviceItem> readCatalogue(JsonFile file, List<String> claimIds, Map<String, Source> sources) {
        record Ranked(int rank, AdviceItem item) {}
        List<Ranked> ranked = new ArrayList<>();
        for (JsonNode node : file.array(file.root(), "advice")) {
            String id = file.text(node, "id");
            String label = file.text(node, "indicator");
            Indicator indicator = Indicator.fromLabel(label);
            if (indicator == null) {
                throw file.error("advice '" + id + "': indicator must be critical, warning or info, not '" + label + "'");
            }
            List<Source> itemSources = file.knownIds(node, "sources", sources.keySet(), "source", id)
                    .stream().map(sources::get).toList();
            AdviceItem item = new AdviceItem(id, file.text(node, "summary"), file.text(node, "detail"), indicator,
                    file.text(node, "evidence"), file.text(node, "caveat"),
                    file.knownIds(node, "claims", claimIds, "claim", id), itemSources);
            ranked.add(new Ranked(file.integer(node, "rank"), item));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.item().indicator()).thenComparingInt(Ranked::rank)
                .thenComparing(r -> r.item().id()));
        return ranked.stream().map(Ranked::item).toList();
    }

    private static List<Question> readQuestions(JsonFile file) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode node : file.array(file.root(), "questions")) {
            String id = file.text(node, "id");
            String type = file.text(node, "type");
            if (!TYPES.contains(type)) {
                throw file.error("question '" + id + "': type must be one of " + TYPES + ", not '" + type + "'");
            }
            List<String> choices = node.has("choices") ? file.texts(node, "choices") : List.of();
            if (type.equals("choice") && choices.isEmpty()) {
                throw file.error("question '" + id + "': a choice question needs 'choices'");
            }
            Map<String, Object> when = new LinkedHashMap<>();
            if (node.has("when")) {
                node.get("when").fields().forEachRemaining(e -> when.put(e.getKey(), JsonFile.scalar(e.getValue())));
            }
            questions.add(new Question(id, type, file.text(node, "text"), file.text(node, "help"), choices,
                    file.optionalNumber(node, "min"), file.optionalNumber(node, "max"),
                    node.has("unit") ? node.get("unit").asText() : null, when, null));
        }
        List<String> ids = questions.stream().map(Question::id).toList();
        for (Question q : questions) {
            for (String gate : q.when().keySet()) {
                if (!ids.subList(0, ids.indexOf(q.id())).contains(gate)) {
                    throw file.error("question '" + q.id() + "': 'when' names '" + gate
                            + "', which must be a question asked before it");
                }
            }
        }
        return withDefaults(file, questions);
    }

    /**
     * Reads each optional "default" and checks it with the same normalizer that checks answers,
     * so a pack can never offer a default that the advisor would then reject.
     */
    private static List<Question> withDefaults(JsonFile file, List<Question> questions) {
        AnswerNormalizer normalizer = new AnswerNormalizer(questions);
        List<JsonNode> nodes = file.array(file.root(), "questions");
        List<Question> checked = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            JsonNode node = nodes.get(i).get("default");
            if (node == null || node.isNull()) {
                checked.add(q);
                continue;
            }
            if (!node.isValueNode()) {
                throw file.error("question '" + q.id() + "': 'default' must be a string, number or boolean");
            }
            Object canonical;
            try {
                canonical = normalizer.normalizeValue(q, JsonFile.scalar(node));
            } catch (InvalidAnswersException e) {
                throw file.error("question '" + q.id() + "': 'default' "
                        + e.getMessage().substring(e.field().length() + 2));
            }
            checked.add(new Question(q.id(), q.type(), q.text(), q.help(), q.choices(), q.min(), q.max(), q.unit(),
                    q.when(), canonical));
        }
        return checked;
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
