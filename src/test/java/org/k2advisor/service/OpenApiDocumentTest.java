package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document is written by hand, so a test keeps it true: it lists exactly the routes
 * the service answers, and everything it refers to exists.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whenTheServiceRuns_thenTheDocumentListsExactlyItsRoutes() throws Exception {
        try (ServiceClient client = new ServiceClient(TestPacks.builtIn())) {
            JsonNode document = JSON.readTree(client.get("/openapi.json").body());

            Set<String> documented = new TreeSet<>();
            Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
            }
            Set<String> served = new TreeSet<>();
            client.service.routes().forEach(route -> served.add(route.method() + " " + route.path()));

            assertEquals(served, documented);
            assertEquals("3.1.0", document.get("openapi").asText());
        }
    }

    @Test
    void whenTheDocumentRefersToASchema_thenTheServiceServesIt() throws Exception {
        try (ServiceClient client = new ServiceClient(TestPacks.builtIn())) {
            JsonNode document = JSON.readTree(client.get("/openapi.json").body());
            List<String> refs = new ArrayList<>();
            collectRefs(document, refs);

            assertTrue(refs.stream().anyMatch(ref -> ref.startsWith("/schemas/1.0/")), refs.toString());
            for (String ref : refs) {
                if (ref.startsWith("#/")) {
                    assertNotNull(document.at(ref.substring(1)).isMissingNode() ? null : ref, "dangling " + ref);
                    continue;
                }
                String[] fileAndPointer = ref.split("#", 2);
                var response = client.get(fileAndPointer[0]);
                assertEquals(200, response.statusCode(), ref + ": " + response.body());
                if (fileAndPointer.length == 2) {
                    JsonNode schema = JSON.readTree(response.body());
                    assertTrue(!schema.at(fileAndPointer[1]).isMissingNode(), "no " + fileAndPointer[1] + " in " + fileAndPointer[0]);
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
