package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.Advisor;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaException;

/**
 * The schema files themselves: each a valid 2020-12 schema using only 2020-12 keywords, named and
 * versioned alike, with every $ref resolving to a file of the same version, offline; shipped where
 * the README says, and linked from it.
 */
class SchemaFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The keywords of the 2020-12 vocabularies: a misspelt one is silently ignored by validators. */
    private static final Set<String> KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
            "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            "unevaluatedItems", "unevaluatedProperties",
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "format", "contentEncoding", "contentMediaType", "contentSchema");
    /** Keywords whose value is one schema, a map of names to schemas, or a list of schemas. */
    private static final Set<String> ONE_SCHEMA = Set.of("items", "contains", "additionalProperties", "propertyNames",
            "if", "then", "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SCHEMA_MAPS = Set.of("$defs", "properties", "patternProperties", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("prefixItems", "allOf", "anyOf", "oneOf");
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not", "dependentSchemas");
    /** What the README and the Javadoc promise; a schema added or renamed must be added here and there. */
    private static final List<String> EXPECTED = List.of("answers.schema.json", "batch-line.schema.json",
            "claims.schema.json", "error.schema.json", "problem.schema.json", "questions.schema.json",
            "report.schema.json", "rules.schema.json",
            "teaching.schema.json", "what-if.schema.json", "why-not.schema.json", "why.schema.json");

    static List<String> files() {
        return JsonSchemas.files();
    }

    @Test
    void theSchemasAreTheOnesTheReadmeAndJavadocName() throws IOException {
        assertEquals(EXPECTED, files());
        String readme = Files.readString(Path.of("README.md"));
        for (String file : files()) {
            String link = "(src/main/resources/schemas/" + JsonSchemas.version() + "/" + file + ")";
            assertTrue(readme.contains(link), "README links " + file + " as " + link);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenASchemaIsCheckedAgainstTheMetaSchema_thenItIsValid(String file) throws IOException {
        String text = Files.readString(JsonSchemas.directory().resolve(file));

        JsonSchemas.assertValid(JsonSchemas.META_SCHEMA, text, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenASchemaIsRead_thenItsIdNamesItsVersionAndFileAndItSaysWhatItDescribes(String file) throws IOException {
        JsonNode schema = read(file);

        assertEquals(JsonSchemas.META_SCHEMA, schema.path("$schema").asText());
        assertEquals(JsonSchemas.base() + file, schema.path("$id").asText());
        assertFalse(schema.path("title").asText().isBlank(), "title");
        assertFalse(schema.path("description").asText().isBlank(), "description");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenASchemaIsWalked_thenEveryKeywordIsOneOf2020_12AndEveryPropertyIsDescribed(String file) throws IOException {
        List<String> problems = new ArrayList<>();

        walk(read(file), "", problems, new ArrayList<>());

        assertEquals(List.of(), problems, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenASchemaIsWalked_thenEveryObjectIsClosedAndRequiresAllItsMembersButTheDocumentedOptionalOnes(String file)
            throws IOException {
        // The writers always write every member, but for a report's warnings and trace; no answer is required.
        Set<String> expected = switch (file) {
            case "report.schema.json" -> Set.of("/warnings", "/trace");
            case "answers.schema.json" -> answerIds();
            // A problem names a field only when it is about one; only invalid answers list problems.
            case "problem.schema.json" -> Set.of("/field", "/problems");
            default -> Set.of();
        };
        List<String> open = new ArrayList<>();
        Set<String> optional = new TreeSet<>();

        closed(read(file), "", open, optional);

        assertEquals(List.of(), open, file + ": objects that allow other members");
        assertEquals(new TreeSet<>(expected), optional, file + ": optional members");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenEveryRefIsFollowed_thenItResolvesToASchemaOfTheSameVersion(String file) throws IOException {
        List<String> refs = new ArrayList<>();
        walk(read(file), "", new ArrayList<>(), refs);
        URI id = URI.create(JsonSchemas.base() + file);

        for (String ref : refs) {
            URI target = id.resolve(ref);
            String targetFile = target.getPath().substring(target.getPath().lastIndexOf('/') + 1);
            assertEquals(JsonSchemas.base() + targetFile, target.getScheme() + "://" + target.getAuthority()
                    + target.getPath(), ref + " stays within this version's schemas");
            assertTrue(Files.exists(JsonSchemas.directory().resolve(targetFile)), ref + " names a schema file");
            JsonNode node = read(targetFile).at(JsonPointer.compile(target.getFragment() == null ? "" : target.getFragment()));
            assertTrue(node.isObject(), ref + " points at a schema in " + targetFile);
            // The validator resolves it too, from the class path, without the network.
            assertNotNull(JsonSchemas.schema(target.toString()), ref);
        }
    }

    @Test
    void whenASchemaNamesAnIdOutsideTheMappedVersion_thenItIsNotFetched() {
        // No resource loader for http(s) is configured, so an unmapped id fails instead of reaching the network.
        assertThrows(SchemaException.class, () -> JsonSchemas.schema(JsonSchemas.ID_PREFIX + "0.0/report.schema.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whenTheLibraryIsOnTheClassPath_thenEachSchemaIsAResourceOfItsVersion(String file) throws IOException {
        String resource = "/schemas/" + JsonSchemas.version() + "/" + file;
        try (InputStream in = Advisor.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            assertEquals(Files.readString(JsonSchemas.directory().resolve(file)), new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Collects unknown keywords, properties and definitions without a description, and every $ref. A
     * property that is only a $ref takes the description of what it points at; conditions (if, then,
     * else, not, dependentSchemas) only narrow properties described elsewhere.
     */
    private static void walk(JsonNode schema, String at, List<String> problems, List<String> refs) {
        walk(schema, at, problems, refs, true);
    }

    private static void walk(JsonNode schema, String at, List<String> problems, List<String> refs, boolean described) {
        if (schema.isBoolean()) {
            return;
        }
        if (!schema.isObject()) {
            problems.add(at + ": a schema must be an object or a boolean");
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KEYWORDS.contains(keyword)) {
                problems.add(at + ": unknown keyword " + keyword);
            }
        });
        if (schema.has("$ref")) {
            refs.add(schema.get("$ref").asText());
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) schema::fields) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            boolean condition = CONDITIONS.contains(keyword);
            if (ONE_SCHEMA.contains(keyword)) {
                walk(value, at + "/" + keyword, problems, refs, described && !condition);
            } else if (SCHEMA_MAPS.contains(keyword)) {
                value.fields().forEachRemaining(entry -> {
                    JsonNode sub = entry.getValue();
                    if (described && (keyword.equals("properties") || keyword.equals("$defs"))
                            && !sub.has("description") && !sub.has("$ref")) {
                        problems.add(at + "/" + keyword + "/" + entry.getKey() + ": no description");
                    }
                    walk(sub, at + "/" + keyword + "/" + entry.getKey(), problems, refs, described && !condition);
                });
            } else if (SCHEMA_LISTS.contains(keyword)) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), at + "/" + keyword + "/" + i, problems, refs, described);
                }
            }
        }
    }

    /**
     * Walks the schemas a document's objects are checked by (not conditions, which only narrow):
     * each with properties must close itself, and each property it does not require is recorded.
     */
    private static void closed(JsonNode schema, String at, List<String> open, Set<String> optional) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("properties")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
                open.add(at);
            }
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            schema.get("properties").fieldNames().forEachRemaining(name -> {
                if (!required.contains(name)) {
                    optional.add(at + "/" + name);
                }
            });
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) schema::fields) {
            if (ONE_SCHEMA.contains(field.getKey()) && !CONDITIONS.contains(field.getKey())) {
                closed(field.getValue(), at + "/" + field.getKey(), open, optional);
            } else if (SCHEMA_MAPS.contains(field.getKey()) && !CONDITIONS.contains(field.getKey())) {
                field.getValue().fields().forEachRemaining(entry -> closed(entry.getValue(),
                        at + (field.getKey().equals("properties") ? "" : "/" + field.getKey()) + "/" + entry.getKey(),
                        open, optional));
            } else if (SCHEMA_LISTS.contains(field.getKey())) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    closed(field.getValue().get(i), at + "/" + field.getKey() + "/" + i, open, optional);
                }
            }
        }
    }

    private static Set<String> answerIds() {
        Set<String> ids = new TreeSet<>();
        TestPacks.builtIn().questions().forEach(q -> ids.add("/" + q.id()));
        return ids;
    }

    private static JsonNode read(String file) throws IOException {
        return MAPPER.readTree(JsonSchemas.directory().resolve(file).toFile());
    }

    /** Every schema keyword list above is part of KEYWORDS, so the walk cannot skip a misspelt one. */
    @Test
    void theWalkKnowsOnlyRealKeywords() {
        Set<String> walked = new TreeSet<>(ONE_SCHEMA);
        walked.addAll(SCHEMA_MAPS);
        walked.addAll(SCHEMA_LISTS);
        walked.removeAll(KEYWORDS);
        assertEquals(Set.of(), walked);
    }
}
