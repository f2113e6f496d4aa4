package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.k2advisor.modulepath.ModulePathProbe;
import org.k2advisor.schemas.JsonSchemas;

/**
 * The library is a named module that exports only its API. The other tests run on the class path,
 * where module-info is ignored; these run the library as a module, with Drools and Jackson as the
 * automatic and explicit modules they are.
 */
class ModulePathTest {
    private static final Path CLASSES = Path.of("target/classes");
    /** Written by maven-dependency-plugin (build-classpath) before the tests run. */
    private static final Path RUNTIME_CLASS_PATH = Path.of("target/runtime-class-path.txt");
    private static final List<String> ADVICE = List.of(
            "advice: consult_professional", "advice: reversal_not_shown", "advice: broader_approach");

    @Test
    void theModuleExportsOnlyThePublicApi() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertEquals("org.k2advisor", module.name());
            Set<String> exports = module.exports().stream()
                    .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : "")).collect(Collectors.toSet());
            assertEquals(Set.of("org.k2advisor"), exports);
        }
    }

    @Test
    void givenTheLibraryAsANamedModule_whenAdvisingWithTheBuiltInPack_thenTheAdviceComesOut() throws Exception {
        List<String> lines = probe(List.of());
        assertEquals("module: org.k2advisor", lines.get(0));
        assertEquals(ADVICE, lines.subList(1, lines.size()));
    }

    @Test
    void givenTheLibraryAsANamedModule_whenLoadingADirectoryPack_thenTheMessageNamesTheOptionItNeeds() throws Exception {
        List<String> lines = probe(List.of(), TestPacks.RULES_DIR.toString());
        assertEquals(List.of("module: org.k2advisor", "KnowledgePackException: on the module path, compiling a rules "
                + "directory needs the java option --add-opens org.k2advisor/org.k2advisor.internal.facts=ALL-UNNAMED,mvel2 "
                + "(the compiled rules read the rule facts)"), lines);
    }

    @Test
    void givenThatOption_whenLoadingADirectoryPack_thenItGivesTheSameAdvice() throws Exception {
        List<String> lines = probe(List.of("--add-opens", "org.k2advisor/org.k2advisor.internal.facts=ALL-UNNAMED,mvel2"),
                TestPacks.RULES_DIR.toString());
        assertEquals("module: org.k2advisor", lines.get(0));
        assertEquals(ADVICE, lines.subList(1, lines.size()));
    }

    @Test
    void givenTheLibraryAsANamedModule_whenAnotherModuleReadsTheJsonSchemas_thenEveryOneIsFound() throws Exception {
        // A resource in a directory whose name could be a package ("schemas") would belong to a package
        // of the module and be hidden from other modules; the version directory ("1.0") cannot be one.
        List<String> names = JsonSchemas.files().stream()
                .map(file -> "schemas/" + JsonSchemas.version() + "/" + file).toList();

        List<String> lines = probe(List.of(), Stream.concat(Stream.of("--resources"), names.stream()).toArray(String[]::new));

        assertEquals("module: org.k2advisor", lines.get(0));
        assertEquals(names.stream().map(name -> name + ": class true, loader true").toList(), lines.subList(1, lines.size()));
    }

    /**
     * Runs ModulePathProbe: the library and its run-time jars on the module path, the probe on the
     * class path. The jars are those Maven lists for the run-time scope (the build writes the list),
     * not the test class path: a test-only jar may not even be a valid automatic module.
     */
    private static List<String> probe(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        String classPath = Files.exists(RUNTIME_CLASS_PATH) ? Files.readString(RUNTIME_CLASS_PATH).strip()
                : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> modulePath = new ArrayList<>(List.of(CLASSES.toString()));
        for (String entry : classPath.split(File.pathSeparator)) {
            // Jazzer's two jars (fuzz tests only) share a package, which the module system refuses
            if (entry.endsWith(".jar") && !Path.of(entry).getFileName().toString().startsWith("jazzer")) {
                modulePath.add(entry);
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LauncherLogging.flags());
        command.addAll(javaOptions);
        command.addAll(List.of("--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.k2advisor",
                "-cp", Path.of("target/test-classes").toString(), ModulePathProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().toList();
    }
}
