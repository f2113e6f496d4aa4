package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * drools-mvel is an optional dependency, so an embedding app may not have it. Each case loads the
 * library again in a class loader that lacks some jars of the test class path, as such an app would.
 */
class WithoutDrlCompilerTest {
    private static final Path RULES = TestPacks.RULES_DIR.toAbsolutePath();

    @ParameterizedTest
    // Without drools-mvel alone (an app that has drools-compiler for its own reasons), and without
    // everything the optional drools-mvel brings that the runtime does not (the embedding case).
    @ValueSource(strings = {"drools-mvel mvel2", "drools-mvel mvel2 drools-compiler drools-drl-parser drools-ecj ecj"})
    void givenNoDrlCompiler_whenLoadingADirectoryPack_thenTheMessageNamesTheArtifactToAdd(String hidden) throws Exception {
        Throwable failure = fromDirectoryWithout(hidden.split(" "));

        // By name: the exception's class comes from the other class loader.
        assertEquals(KnowledgePackException.class.getName(), failure == null ? null : failure.getClass().getName(),
                () -> "expected a KnowledgePackException, got " + failure);
        assertEquals("compiling a rules directory needs Drools' DRL compiler: add org.drools:drools-mvel:"
                + droolsVersion() + " as a dependency (the built-in pack does not need it)", failure.getMessage());
    }

    @Test
    void givenTheWholeClassPath_whenLoadingADirectoryPackTheSameWay_thenItLoads() throws Exception {
        // Shows that the failures above come from the missing jars, not from loading the library twice.
        Throwable failure = fromDirectoryWithout();
        assertNull(failure, () -> "it threw " + failure);
    }

    @Test
    void givenNoDrlParser_whenAskingWhyNot_thenTheMessageNamesTheArtifactToAddAndAdviceStillWorks() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPathWithout("drools-mvel", "mvel2", "drools-compiler",
                "drools-drl-parser", "drools-ecj", "ecj"), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> advisorClass = Class.forName(Advisor.class.getName(), true, loader);
            Object advisor = advisorClass.getMethod("builtIn").invoke(null);
            Object report = advisorClass.getMethod("advise", java.util.Map.class).invoke(advisor, java.util.Map.of("age", 67));
            Method whyNot = advisorClass.getMethod("explainWhyNot", java.util.Map.class, String.class);
            InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                    () -> whyNot.invoke(advisor, java.util.Map.of("age", 67), "kidney_evidence"));

            assertEquals(KnowledgePackException.class.getName(), e.getCause().getClass().getName(), e.getCause().toString());
            assertEquals("explaining why an item is not in a report reads the rules as written, which needs Drools' "
                    + "DRL parser: add org.drools:drools-drl-parser:" + droolsVersion() + " as a dependency (advice, why "
                    + "and what-if do not need it)", e.getCause().getMessage());
            org.junit.jupiter.api.Assertions.assertTrue(report.toString().contains("consult_professional"));
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Calls Advisor.fromDirectory in a fresh class loader; returns what it threw, or null. */
    private static Throwable fromDirectoryWithout(String... artifacts) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPathWithout(artifacts), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader); // Drools looks up some services through it
            Method fromDirectory = Class.forName(Advisor.class.getName(), true, loader).getMethod("fromDirectory", Path.class);
            try {
                fromDirectory.invoke(null, RULES);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private static URL[] classPathWithout(String... artifacts) throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (Arrays.stream(artifacts).anyMatch(a -> name.matches("\\Q" + a + "\\E-\\d.*\\.jar"))) {
                removed.add(name);
            } else {
                kept.add(Path.of(entry).toUri().toURL());
            }
        }
        // A jar that was never there would make the case prove nothing.
        assertEquals(artifacts.length, removed.size(), () -> "removed " + removed + " for " + List.of(artifacts));
        return kept.toArray(URL[]::new);
    }

    private static String droolsVersion() {
        return org.kie.api.KieBase.class.getPackage().getImplementationVersion();
    }
}
