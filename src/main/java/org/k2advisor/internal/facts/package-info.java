/**
 * The facts the rules reason over: answers, findings and advice conclusions. Public only because
 * the compiled rules must reach them; not API.
 */
package org.k2advisor.internal.facts;
