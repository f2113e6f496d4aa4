/**
 * The reasoning behind a report, for educators: why an item is there, why another is not, what
 * a changed answer would change, and the agenda step by step. Not API; used by the command line.
 */
package org.k2advisor.internal.explain;
