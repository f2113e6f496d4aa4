package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The shipped JSON Schemas, read as an integrator's validator reads them: through their $id, which
 * is mapped to the copies on the class path (target/classes/schemas/VERSION/, what the jar holds).
 * Nothing is ever fetched from the network: remote fetching is off, and the 2020-12 meta-schema
 * comes inside the validator. Formats (date, uri) are asserted, not just noted.
 */
public final class JsonSchemas {
    /** Where the schemas are kept in the repository: one directory, named for the schema version. */
    public static final Path ROOT = Path.of("src/main/resources/schemas");
    public static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    public static final String ID_PREFIX = "https://k2advisor.org/schemas/";

    private static final Map<String, Schema> SCHEMAS = new HashMap<>();
    private static SchemaRegistry registry;

    private JsonSchemas() {}

    /** The schema version: the name of the one directory under {@link #ROOT}. */
    public static String version() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<Path> versions = dirs.toList();
            assertEquals(1, versions.size(), "one schema version directory under " + ROOT + ": " + versions);
            return versions.get(0).getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path directory() {
        return ROOT.resolve(version());
    }

    /** The $id prefix of every schema of this version, such as https://k2advisor.org/schemas/1.0/. */
    public static String base() {
        return ID_PREFIX + version() + "/";
    }

    /** The file names of every schema, sorted. */
    public static List<String> files() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema with this file name (such as "report.schema.json"), or any IRI the registry can resolve. */
    public static synchronized Schema schema(String nameOrIri) {
        String iri = nameOrIri.contains(":") ? nameOrIri : base() + nameOrIri;
        return SCHEMAS.computeIfAbsent(iri, id -> registry().getSchema(SchemaLocation.of(id)));
    }

    /** Every violation of {@code json} against the schema, each as "instance location: message". */
    public static List<String> errors(String nameOrIri, String json) {
        return schema(nameOrIri).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails, naming what was checked and every violation, unless {@code json} is valid. */
    public static void assertValid(String nameOrIri, String json, String what) {
        List<String> errors = errors(nameOrIri, json);
        assertEquals(List.of(), errors, () -> what + " against " + nameOrIri + ":\n" + json);
    }

    private static synchronized SchemaRegistry registry() {
        if (registry == null) {
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(base(), "classpath:schemas/" + version() + "/")))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        }
        return registry;
    }
}
