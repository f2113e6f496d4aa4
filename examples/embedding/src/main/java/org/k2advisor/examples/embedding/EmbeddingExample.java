package org.k2advisor.examples.embedding;

import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An app that logs with logback and asks K2 Advisor for advice on one sample profile. */
public final class EmbeddingExample {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingExample.class);

    private EmbeddingExample() {}

    public static void main(String[] args) {
        LOG.info("embedding example: starting");

        Advisor advisor = Advisor.builtIn(); // build once, share across threads
        Report report = advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
        for (AdviceItem item : report.advice()) {
            System.out.println(item.indicator() + " " + item.id() + ": " + item.summary());
            System.out.println("    caveat: " + item.caveat());
        }

        LOG.info("embedding example: done, {} advice items", report.advice().size());
    }
}
