package org.k2advisor.web;

import java.util.List;
import java.util.Map;

/** What the browser tests check on any page, and the profile they fill in. */
final class PageChecks {
    /** The answers the tests fill in by hand: a person at risk who hopes K2 reverses calcium. */
    static final String RISK = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";

    private PageChecks() {}

    static void fillRiskProfile(Browser browser) {
        browser.type("age", "67");
        browser.answer("diabetes", "Yes");
        browser.answer("goal", "reverse: remove calcium already in my arteries");
    }

    /** axe-core's serious and critical violations, one readable line each; the rest are advisory. */
    static List<String> serious(List<Map<String, Object>> violations) {
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
                .toList();
    }

    /**
     * Console errors other than the browser's note of a 400 answer: the service answers invalid
     * answers with 400 and problem details, which the page shows, and Chromium logs each one.
     */
    static List<String> unexpected(List<String> consoleErrors) {
        return consoleErrors.stream().filter(message -> !message.contains("status of 400")).toList();
    }
}
