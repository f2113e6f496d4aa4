package org.k2advisor.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.k2advisor.Advisor;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.batch.JsonLines;
import org.k2advisor.internal.batch.LineAdvisor;
import org.k2advisor.internal.batch.OrderedBatch;
import org.k2advisor.internal.batch.Progress;
import org.k2advisor.internal.json.JsonTrees;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * POST /v1/advice/batch: JSON Lines of answers in, one report or error object per line out, in
 * input order, streamed both ways through the same pipeline as {@code k2advisor batch}. Memory stays
 * bounded whatever the body's size (reading waits for writing); time is bounded by a cap on the body.
 */
final class BatchRoute {
    static final String PATH = "/v1/advice/batch";
    static final String NDJSON = "application/x-ndjson";
    /** The names JSON Lines goes by; none is registered, so each is accepted. */
    private static final List<String> JSON_LINES = List.of(NDJSON, "application/jsonl", "application/jsonlines",
            "application/x-jsonlines");
    /** Two per request at most: many batches at once share the cores rather than multiply threads. */
    private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final LineAdvisor traced;
    private final LineAdvisor untraced;
    private final long maxBytes;

    BatchRoute(Advisor advisor, long maxBytes) {
        this.traced = new LineAdvisor(advisor, true);
        this.untraced = new LineAdvisor(advisor, false);
        this.maxBytes = maxBytes;
    }

    void batch(Context ctx) throws IOException {
        requireJsonLines(ctx);
        Negotiation.pick(ctx, List.of(NDJSON));
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes");
        }
        LineAdvisor lines = QueryParameters.flag(ctx, "trace") ? traced : untraced;
        // From here the status is sent with the first reports; a batch that cannot go on says so in
        // a last record of its own, after the lines already answered.
        ctx.status(200);
        ctx.res().setContentType(NDJSON);
        OutputStream out = ctx.res().getOutputStream();
        try (InputStream in = new CappedInput(ctx.req().getInputStream(), maxBytes)) {
            new OrderedBatch(lines, THREADS, new Progress(new PrintStream(OutputStream.nullOutputStream()), false))
                    .run(new JsonLines(in), out);
        } catch (JsonLines.InputFailure e) {
            stopped(out, e.getCause() instanceof TooLarge ? "body-too-large" : "body-unreadable",
                    e.getCause() instanceof TooLarge ? tooLarge("more than " + maxBytes + " bytes").getMessage()
                            : "the body could not be read to its end: " + ValueEcho.of(String.valueOf(e.getMessage())));
        } catch (KnowledgePackException e) {
            stopped(out, "rules-failed", e.getMessage().lines().findFirst().orElse("") + "; the batch stopped there");
        }
        out.flush();
    }

    /** {"stopped": {"code": ..., "detail": ...}} on a line of its own. */
    private static void stopped(OutputStream out, String code, String detail) throws IOException {
        ObjectNode record = JsonTrees.object();
        ObjectNode stopped = record.putObject("stopped");
        stopped.put("code", code);
        stopped.put("detail", detail);
        out.write(JsonTrees.compact(record));
        out.write('\n');
    }

    private static void requireJsonLines(Context ctx) {
        String type = ctx.contentType();
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!JSON_LINES.contains(bare)) {
            throw new HttpProblem(415, "unsupported-media-type", "The body must be JSON Lines",
                    (type == null ? "no Content-Type was sent" : "Content-Type " + ValueEcho.of(type) + " is not accepted")
                            + "; send one answers object a line with Content-Type: " + NDJSON).about("Content-Type");
        }
    }

    private HttpProblem tooLarge(String size) {
        return new HttpProblem(413, "body-too-large", "The body is too large", "the body is " + size
                + "; at most " + maxBytes + " bytes are read in one batch; split the lines"
                + " across several requests");
    }

    /** A body that turns out longer than the cap, with no Content-Length to tell it in advance. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the body is longer than the batch limit");
        }
    }

    /** Stops reading at the cap, so a body that never ends cannot hold the request forever. */
    private static final class CappedInput extends FilterInputStream {
        private long left;

        CappedInput(InputStream in, long cap) {
            super(in);
            this.left = cap;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                // One byte past the cap tells a body exactly at the cap from a longer one.
                if (super.read() < 0) {
                    return -1;
                }
                throw new TooLarge();
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
