package org.k2advisor;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's validator, offline: the R4 core definitions, HAPI's in-memory terminology, and our
 * Questionnaire and CodeSystems as the advisor writes them, so a QuestionnaireResponse is checked
 * against the very Questionnaire the advisor publishes, its enableWhen included. Its first use
 * reads and converts every R4 definition (15-25 s on two busy cores), so there is one per JVM, for
 * the built-in pack, shared by every test class that needs it; it is thread-safe.
 */
final class HapiFhir {
    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static HapiFhir builtIn;

    private final FhirValidator validator;

    /** The validator for the built-in pack's Questionnaire, built on first use. */
    static synchronized HapiFhir builtIn() {
        if (builtIn == null) {
            builtIn = new HapiFhir(TestPacks.builtIn());
        }
        return builtIn;
    }

    private HapiFhir(Advisor advisor) {
        Questionnaire questionnaire = strict().parseResource(Questionnaire.class, advisor.questionnaireAsFhir());
        PrePopulatedValidationSupport codeSystems = new PrePopulatedValidationSupport(R4);
        strict().parseResource(Bundle.class, advisor.answerCodesAsFhir()).getEntry()
                .forEach(entry -> codeSystems.addCodeSystem(entry.getResource()));
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(R4),
                new InMemoryTerminologyServerValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4),
                codeSystems,
                new QuestionnaireSupport(questionnaire));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        validator = R4.newValidator().registerValidatorModule(instanceValidator);
    }

    /** Our own resources are parsed strictly: an element HAPI does not know is an error in them. */
    private static IParser strict() {
        return R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /**
     * Hands the validator our Questionnaire when a response names it, with or without a version:
     * PrePopulatedValidationSupport holds conformance resources only.
     */
    private record QuestionnaireSupport(Questionnaire questionnaire) implements IValidationSupport {
        @Override
        public FhirContext getFhirContext() {
            return R4;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            if (type == null || url == null || !type.isInstance(questionnaire)) {
                return null;
            }
            boolean ours = url.equals(questionnaire.getUrl()) || url.equals(questionnaire.getUrl() + "|" + questionnaire.getVersion());
            return ours ? type.cast(questionnaire) : null;
        }
    }

    /** Every message HAPI's validator gives for the resource, of any severity, as "severity location: message". */
    List<String> messages(String json) {
        return validate(json).stream().map(HapiFhir::line).toList();
    }

    /** The messages of severity error or fatal. */
    List<String> errors(String json) {
        return validate(json).stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(HapiFhir::line).toList();
    }

    private List<SingleValidationMessage> validate(String json) {
        try {
            return validator.validateWithResult(json).getMessages();
        } catch (RuntimeException e) {
            // Text that is not JSON at all: HAPI's parser throws rather than report it.
            SingleValidationMessage unreadable = new SingleValidationMessage();
            unreadable.setSeverity(ResultSeverityEnum.FATAL);
            unreadable.setMessage("not JSON: " + e.getMessage());
            return List.of(unreadable);
        }
    }

    private static String line(SingleValidationMessage message) {
        return message.getSeverity().getCode() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
