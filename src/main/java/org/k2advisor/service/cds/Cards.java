package org.k2advisor.service.cds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.k2advisor.AdviceItem;
import org.k2advisor.Indicator;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Source;
import org.k2advisor.internal.fhir.FhirUrls;
import org.k2advisor.internal.render.MarkdownReport;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CDS Hooks cards from advice items. Every member is always written and never empty: the
 * specification allows no null, no empty string and no empty array in a card. The text is the
 * library's (the summary, and the handout's words for the item in the detail), never written anew.
 */
final class Cards {
    /** Cards show short summaries; the specification wants fewer than 140 characters. */
    static final int MAX_SUMMARY = 139;
    /** Where a card points when none of the sources it rests on has a link. */
    static final String PROJECT_URL = "https://k2advisor.org/";
    private static final String INVITATION = "no-questionnaire-response";

    private final String serviceId;
    private final KnowledgeBaseInfo pack;
    private final String disclaimer;

    Cards(String serviceId, KnowledgeBaseInfo pack, String disclaimer) {
        this.serviceId = serviceId;
        this.pack = pack;
        this.disclaimer = disclaimer;
    }

    ObjectNode card(AdviceItem item, List<String> warnings) {
        StringBuilder detail = new StringBuilder();
        // A pack loaded despite failing its safety checks says so on every card, as the handout does first.
        warnings.forEach(warning -> detail.append("> **Warning:** ").append(warning).append("\n\n"));
        detail.append(MarkdownReport.itemBody(item));
        detail.append("- **Sources:** ").append(sources(item.sources())).append("\n\n");
        detail.append('_').append(disclaimer).append('_');
        Optional<Source> linked = item.sources().stream().filter(source -> hasText(source.url())).findFirst();
        return card(uuid(item.id()), summary(item.summary()), detail.toString(), indicator(item.indicator()),
                linked.map(Source::label).orElse(packLabel()), linked.map(Source::url).orElse(PROJECT_URL));
    }

    /** For a patient who has not answered the questionnaire: where the advice would come from. */
    ObjectNode invitation() {
        String detail = "The K2 Advisor gives educational cards built from the patient's answers to its questionnaire ("
                + FhirUrls.QUESTIONNAIRE + "). No QuestionnaireResponse to it was found for this patient; once one is "
                + "recorded, opening the chart shows the cards for those answers.\n\n_" + disclaimer + '_';
        return card(uuid(INVITATION), "No answers to the K2 Advisor questionnaire yet", detail, "info",
                "K2 Advisor questionnaire", FhirUrls.QUESTIONNAIRE);
    }

    private ObjectNode card(UUID uuid, String summary, String detail, String indicator, String label, String url) {
        ObjectNode card = CdsJson.newObject();
        card.put("uuid", uuid.toString());
        card.put("summary", summary);
        card.put("detail", detail);
        card.put("indicator", indicator);
        ObjectNode source = card.putObject("source");
        source.put("label", label);
        source.put("url", url);
        return card;
    }

    /**
     * Name-based, so the same advice from the same pack always has the same uuid: feedback can be
     * counted per item across calls, and the uuid carries nothing about the patient.
     */
    UUID uuid(String adviceId) {
        return UUID.nameUUIDFromBytes((serviceId + "\n" + pack.version() + "\n" + adviceId).getBytes(StandardCharsets.UTF_8));
    }

    /** The item's summary, shortened at a word only if a pack ever writes one too long for a card. */
    static String summary(String text) {
        if (text.length() <= MAX_SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SUMMARY - 1);
        return text.substring(0, cut > 0 ? cut : MAX_SUMMARY - 1).stripTrailing() + "…";
    }

    /** The advisor's indicators are CDS Hooks' three; a switch, so a new one cannot pass unmapped. */
    static String indicator(Indicator indicator) {
        return switch (indicator) {
            case CRITICAL -> "critical";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }

    private String packLabel() {
        return "K2 Advisor, knowledge pack " + pack.name() + " " + pack.version();
    }

    private static String sources(List<Source> sources) {
        if (sources.isEmpty()) {
            return "none cited";
        }
        return String.join("; ", sources.stream()
                .map(source -> hasText(source.url()) ? "[" + source.label() + "](" + source.url() + ")" : source.label())
                .toList());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
