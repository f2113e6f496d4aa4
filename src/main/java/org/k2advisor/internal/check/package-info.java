/**
 * What {@code k2advisor rules check} and {@code rules coverage} report about a pack: problems with
 * file and line, and what a set of scenarios exercises. Not API; used by the command line.
 */
package org.k2advisor.internal.check;
