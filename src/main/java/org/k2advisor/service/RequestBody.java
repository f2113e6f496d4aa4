package org.k2advisor.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.internal.json.StrictUtf8;

import io.javalin.http.Context;

/**
 * Reads a request body as an answers document: JSON only, at most the configured size, strict
 * UTF-8, then the same strict parser the command line uses, so a mistake is named in the same words.
 * An answers document is answers or a FHIR QuestionnaireResponse, told apart as
 * {@link org.k2advisor.Advisor#adviseJson} and {@code advise --answers} tell them, so every route
 * that takes answers takes a QuestionnaireResponse too.
 */
final class RequestBody {
    private final long maxBytes;
    private final FhirQuestionnaire questionnaire;

    RequestBody(long maxBytes, FhirQuestionnaire questionnaire) {
        this.maxBytes = maxBytes;
        this.questionnaire = questionnaire;
    }

    /** The raw answers of the body, answers or a QuestionnaireResponse, not yet normalized. */
    Map<String, Object> answers(Context ctx) {
        return questionnaire.answers(text(ctx));
    }

    /** The body as text, after the media type and size checks. */
    String text(Context ctx) {
        requireJson(ctx);
        return StrictUtf8.decode(bytes(ctx));
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!bare.equals("application/json") && !(bare.startsWith("application/") && bare.endsWith("+json"))) {
            throw new HttpProblem(415, "unsupported-media-type", "The body must be JSON",
                    (type == null ? "no Content-Type was sent" : "Content-Type " + ValueEcho.of(type) + " is not accepted")
                            + "; send the answers as JSON with Content-Type: application/json").about("Content-Type");
        }
    }

    private byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            // One byte more than allowed tells a body that is too large without reading all of it.
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpProblem tooLarge(String size) {
        return new HttpProblem(413, "body-too-large", "The body is too large", "the body is " + size
                + "; at most " + maxBytes + " bytes are read (an answers document is usually under 2,000)");
    }

}
