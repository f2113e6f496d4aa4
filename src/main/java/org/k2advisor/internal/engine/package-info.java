/**
 * Drools behind the facade: the two ways a pack becomes a KieBase (the precompiled executable
 * model, or DRL compiled at run time), pooled sessions, the firing limit and the trace. Not API:
 * Drools types never cross into {@code org.k2advisor}.
 */
package org.k2advisor.internal.engine;
