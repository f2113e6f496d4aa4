package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The library jar carries no logging binding or configuration: the launcher brings both, and the
 * build's tests must run with the same settings, or they would not show what a user sees.
 */
class LauncherLoggingTest {

    @Test
    void theLauncherLogsOnlyWarningsToStandardError() {
        List<String> settings = LauncherLogging.properties();
        assertTrue(settings.contains("org.slf4j.simpleLogger.defaultLogLevel=warn"), settings::toString);
        assertTrue(settings.contains("org.slf4j.simpleLogger.logFile=System.err"), settings::toString);
    }

    @Test
    void theTestsRunWithTheLaunchersLoggingSettings() {
        // Each of them, not only them: Maven passes its own -D options on to the tests, and
        // -Dorg.slf4j.simpleLogger.showDateTime=true is a common one for Maven's own log.
        for (String setting : LauncherLogging.properties()) {
            String name = setting.substring(0, setting.indexOf('='));
            assertEquals(setting, name + "=" + System.getProperty(name), "pom.xml's surefire systemPropertyVariables");
        }
    }

    @Test
    void theLibraryShipsNoLoggingConfiguration() throws Exception {
        // A configuration in the jar would override the host app's own (slf4j-simple's did).
        Path classes = Path.of(Advisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String file : List.of("simplelogger.properties", "logback.xml", "logback-test.xml", "log4j2.xml")) {
            assertFalse(Files.exists(classes.resolve(file)), () -> file + " is in " + classes);
        }
    }
}
