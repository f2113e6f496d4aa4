package org.k2advisor.internal.fhir;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The human-readable summary FHIR asks every resource to carry (dom-6), made from the same content,
 * so a FHIR server that shows narratives shows what the resource holds.
 */
final class Narrative {
    private Narrative() {}

    static ObjectNode of(String title, String paragraph, List<String> listed) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>")
                .append(escape(title)).append("</b></p><p>").append(escape(paragraph)).append("</p><ol>");
        listed.forEach(line -> div.append("<li>").append(escape(line)).append("</li>"));
        div.append("</ol></div>");
        return QuestionnaireWriter.NODES.objectNode().put("status", "generated").put("div", div.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
