package org.k2advisor.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into the jar's manifest ("dev" when run from classes), and the Java that
 * runs it: the launcher picks a JDK 25 or newer when it finds one, so which one ran, and whether its
 * start-up archive was in use, must be visible.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"k2advisor " + (version == null ? "dev" : version), java()};
    }

    /** For example "Java 25.0.3+9-LTS (Temurin-25.0.3+9) at /usr/lib/jvm/temurin-25-jdk-amd64; AOT cache in use". */
    static String java() {
        String vendorVersion = System.getProperty("java.vendor.version");
        String line = "Java " + System.getProperty("java.runtime.version")
                + (vendorVersion == null ? "" : " (" + vendorVersion + ")") + " at " + System.getProperty("java.home");
        String launch = System.getProperty("k2advisor.launch");
        if (launch == null || launch.equals("plain")) {
            return line;
        }
        // "sharing" in java.vm.info is the JVM's own word that the archive was mapped, not just asked for.
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        return line + "; " + launch + (sharing ? " in use" : " not usable, started without it");
    }
}
