/**
 * {@code k2advisor batch}: JSON Lines of answers in, one report or error object per line out, in
 * input order, with the lines advised in parallel within a bounded window. Not API; part of the
 * command line.
 */
package org.k2advisor.cli.batch;
