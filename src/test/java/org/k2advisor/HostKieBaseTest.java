package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * An app that embeds the library may use Drools for rules of its own, with a default KieBase
 * found on the class path. Our kmodule.xml is on that class path too; had it declared a default
 * KieBase as well, Drools would find two and disable both.
 */
class HostKieBaseTest {
    @TempDir
    Path host;

    @Test
    void givenAHostAppWithItsOwnDefaultKieBase_whenItLoadsItFromTheClassPath_thenItIsFound() throws Exception {
        Files.createDirectories(host.resolve("META-INF"));
        Files.writeString(host.resolve("META-INF/kmodule.xml"), """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="host" default="true" packages="host"><ksession name="hostSession" default="true"/></kbase>
                </kmodule>
                """);
        Files.createDirectories(host.resolve("host"));
        Files.writeString(host.resolve("host/host.drl"), """
                package host;
                global java.util.List fired;
                rule "host rule" when then fired.add("host rule"); end
                """);

        // Drools warns about folders without pom.properties (target/classes is one) on standard error,
        // which slf4j-simple looks up on every line; keep it off the console, but show it on failure.
        ByteArrayOutputStream droolsLog = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        List<String> fired = new ArrayList<>();
        try (URLClassLoader app = new URLClassLoader(new URL[] {host.toUri().toURL()}, getClass().getClassLoader())) {
            System.setErr(new PrintStream(droolsLog, true, StandardCharsets.UTF_8));
            KieContainer container = KieServices.get().newKieClasspathContainer("host-app", app);
            KieSession session = container.getKieBase().newKieSession();
            session.setGlobal("fired", fired);
            session.fireAllRules();
            session.dispose();
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + "; Drools logged:\n" + droolsLog.toString(StandardCharsets.UTF_8), e);
        } finally {
            System.setErr(realErr);
        }
        assertEquals(List.of("host rule"), fired);
    }
}
