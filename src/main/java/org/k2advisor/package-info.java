/**
 * The public API of K2 Advisor: build an {@link org.k2advisor.Advisor} once (from the built-in
 * pack or a rules directory), then ask it for advice from any number of threads. Reports, advice
 * items, questions, claims, sources, rules and trace steps are immutable records; errors are
 * {@link org.k2advisor.InvalidAnswersException} and {@link org.k2advisor.KnowledgePackException},
 * each with a one-line message.
 *
 * <p>The JSON that {@code toJson} methods write and {@link org.k2advisor.Advisor#adviseJson} reads
 * is described by JSON Schemas (draft 2020-12) inside the jar, under {@code /schemas/1.0/}: for
 * example {@code Advisor.class.getResourceAsStream("/schemas/1.0/report.schema.json")}.
 *
 * <p>This is the only package an embedding app may use; the module exports nothing else.
 * {@code org.k2advisor.internal.*} and {@code org.k2advisor.cli.*} are not API and change without
 * notice.
 */
package org.k2advisor;
