package org.k2advisor.service;

import org.k2advisor.Advisor;
import org.k2advisor.internal.json.JsonTrees;
import org.k2advisor.internal.json.ListingJson;
import org.k2advisor.internal.json.ReportJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * What the pack holds, for a form or a teaching page: the questionnaire, the catalogue of advice,
 * the claims and the rules. The same JSON as the command line's listings. Written once, at start:
 * a pack never changes while it is served.
 */
final class CatalogueRoutes {
    private final String questionnaire;
    private final String catalogue;
    private final String claims;
    private final String rules;

    CatalogueRoutes(Advisor advisor) {
        this.questionnaire = ListingJson.write(advisor.questions());
        ObjectNode root = JsonTrees.object();
        root.set("knowledgeBase", ReportJson.knowledgeBase(advisor.knowledgeBase()));
        ArrayNode items = root.putArray("advice");
        advisor.catalogue().forEach(item -> items.add(ReportJson.item(item)));
        this.catalogue = JsonTrees.write(root);
        this.claims = ListingJson.write(advisor.claims());
        this.rules = ListingJson.write(advisor.rules());
    }

    void questionnaire(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, questionnaire);
    }

    void catalogue(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, catalogue);
    }

    void claims(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, claims);
    }

    void rules(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, rules);
    }
}
