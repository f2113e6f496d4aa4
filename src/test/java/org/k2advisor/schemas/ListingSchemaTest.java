package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The listings the command line prints as JSON, for the built-in pack and for a rules directory. */
class ListingSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "questions, built-in", "claims, built-in", "rules, built-in",
        "questions, directory", "claims, directory", "rules, directory"})
    void whenAListingIsPrintedAsJson_thenItIsValidAndListsEveryEntry(String listing, String pack) throws IOException {
        CommandLine.Run run = pack.equals("built-in") ? CommandLine.run(listing, "--format", "json")
                : CommandLine.run(listing, "--format", "json", "--rules", TestPacks.RULES_DIR.toString());

        assertEquals(0, run.exit(), run.err());
        JsonSchemas.assertValid(listing + ".schema.json", run.out(), listing + " of the " + pack + " pack");
        int expected = switch (listing) {
            case "questions" -> TestPacks.builtIn().questions().size();
            case "claims" -> TestPacks.builtIn().claims().size();
            default -> TestPacks.builtIn().rules().size();
        };
        assertEquals(expected, MAPPER.readTree(run.out()).size());
    }
}
