/**
 * The {@code k2advisor} command line (picocli): advise, the listings, the educator commands and
 * their text, Markdown and diagram renderings. Not API: an embedding app uses
 * {@link org.k2advisor.Advisor}; this package may change without notice.
 */
package org.k2advisor.cli;
