/**
 * The interactive interview ({@code k2advisor ask}): one question at a time from the pack's
 * questionnaire, with JLine on a terminal and plain lines otherwise. Not API; part of the command line.
 */
package org.k2advisor.cli.interview;
