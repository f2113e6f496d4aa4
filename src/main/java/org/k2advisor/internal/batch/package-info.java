/**
 * Batches of answers as JSON Lines: one report or error object per input line, in input order,
 * with the lines advised in parallel within a bounded window. Shared by {@code k2advisor batch}
 * and the service's batch route. Not API.
 */
package org.k2advisor.internal.batch;
