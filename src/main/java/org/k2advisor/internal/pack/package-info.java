/**
 * Reading a knowledge pack (pack.json, the questionnaire, the advice catalogue, the DRL files and
 * the seeds) from the jar or a directory, and checking that everything it cites exists. Not API.
 */
package org.k2advisor.internal.pack;
