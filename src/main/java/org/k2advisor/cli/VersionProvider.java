package org.k2advisor.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"k2advisor " + (version == null ? "dev" : version)};
    }
}
