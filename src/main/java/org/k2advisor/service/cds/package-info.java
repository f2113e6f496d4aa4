/**
 * CDS Hooks 2.0 for the service: the discovery document, the checks on a hook call, the cards built
 * from a report, the OperationOutcome for a QuestionnaireResponse that cannot be read, and feedback.
 * Plain JSON in and out, without HTTP, so that each rule of the specification is tested on its own;
 * {@code org.k2advisor.service.CdsHooksRoutes} puts it on HTTP.
 */
package org.k2advisor.service.cds;
