/**
 * The questionnaire as FHIR R4: a Questionnaire and the CodeSystems of its coded answers, written
 * from the pack's questionnaire, and QuestionnaireResponses read into (and written from) answers.
 * Plain JSON through Jackson, so no FHIR library is needed at run time. Not API:
 * {@link org.k2advisor.Advisor#questionnaireAsFhir} and {@link org.k2advisor.Advisor#answersFromFhir}
 * are the public way in.
 */
package org.k2advisor.internal.fhir;
