/**
 * The JSON forms: answers documents in, the report contract and the listings out, written field by
 * field so the same answers give the same bytes. Not API: {@link org.k2advisor.Report#toJson} and
 * {@link org.k2advisor.Advisor#adviseJson} are the public way in.
 */
package org.k2advisor.internal.json;
