/**
 * Rules read from their DRL text with Drools' parser, without compiling them: names, lines,
 * metadata, conditions and conclusions, for the educator tools. Needs the optional DRL compiler
 * jars. Not API.
 */
package org.k2advisor.internal.drl;
