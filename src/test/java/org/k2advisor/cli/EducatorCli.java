package org.k2advisor.cli;

/** The answers files the educator-tool tests share; runs go through {@link CliRun}. */
final class EducatorCli {
    static final String SCENARIOS = "src/test/resources/educator/scenarios";
    static final String RISK_FACTORS = SCENARIOS + "/risk-factors.answers.json";

    private EducatorCli() {}
}
