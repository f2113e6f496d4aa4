/**
 * Validation of raw answers into the canonical form the rules and the report use, driven by the
 * questionnaire. Not API: {@link org.k2advisor.Advisor#validate} is the public way in.
 */
package org.k2advisor.internal.answers;
