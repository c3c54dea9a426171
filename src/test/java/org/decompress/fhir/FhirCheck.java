package org.decompress.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI FHIR's reference validator (tests only: it never ships in the service), offline, knowing the service's own
 * Questionnaires and CodeSystems: what it calls an error is an error here.
 */
public final class FhirCheck {

    static final FhirContext R4 = FhirContext.forR4();
    static final List<String> CODE_SYSTEMS = List.of("red-flag", "condition", "bending-effect", "blood-pressure-control", "equipment",
            "heart-condition-stable", "leg-symptoms", "exercise", "exercise-variant",
            "rating", "overall", "urgency", "rule");
    /** The maps to SNOMED CT, in the order of FhirConceptMaps.MAP. */
    static final List<String> CONCEPT_MAPS = List.of("red-flag-to-snomed", "leg-symptoms-to-snomed", "condition-to-snomed",
            "heart-condition-stable-to-snomed", "blood-pressure-control-to-snomed");
    /** The StructureDefinitions of the service's own extensions. */
    static final List<String> STRUCTURE_DEFINITIONS = List.of("exercise-variant");
    static final List<String> QUESTIONNAIRES = List.of("decompress-intake", "decompress-intake-es", "decompress-check-in", "decompress-check-in-es");
    /** The LOINC codes the service uses (FhirQuestionnaires.STANDARD_CODES), as LOINC names them: a fragment of LOINC. */
    static final String LOINC_USED = """
            {"resourceType": "CodeSystem", "url": "http://loinc.org", "name": "LoincUsedByDecompress", "status": "active", "content": "fragment",
             "concept": [{"code": "72514-3", "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}]}
            """;
    private static final Map<String, FhirCheck> OF_SERVICE = new java.util.concurrent.ConcurrentHashMap<>();

    private final PrePopulatedValidationSupport codeSystems = new PrePopulatedValidationSupport(R4);
    private final Map<String, IBaseResource> questionnaires = new HashMap<>();
    private final FhirValidator validator;

    FhirCheck() {
        IValidationSupport questionnaireSupport = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return R4;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
                IBaseResource found = questionnaires.get(uri);
                if (found == null && uri != null && uri.contains("|")) {
                    found = questionnaires.get(uri.substring(0, uri.indexOf('|')));
                }
                return found != null && (type == null || type.isInstance(found)) ? (T) found : null;
            }
        };
        ValidationSupportChain chain = new ValidationSupportChain(questionnaireSupport, codeSystems, new DefaultProfileValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4), new InMemoryTerminologyServerValidationSupport(R4),
                new SnapshotGeneratingValidationSupport(R4));
        // LOINC is not in HAPI's offline validator; the codes the service uses are, each with the text LOINC gives it, so they are checked.
        knowCodeSystem(LOINC_USED);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setNoTerminologyChecks(false);
        validator = R4.newValidator().registerValidatorModule(module);
    }

    /** The validator, knowing the running service's Questionnaires (all of them) and its CodeSystems in one language (from a @QuarkusTest). */
    public static FhirCheck ofService(String language) {
        return OF_SERVICE.computeIfAbsent(language, tag -> {
            FhirCheck check = new FhirCheck();
            for (String id : CODE_SYSTEMS) {
                check.knowCodeSystem(get("/fhir/CodeSystem/" + id, tag));
            }
            STRUCTURE_DEFINITIONS.forEach(id -> check.knowStructureDefinition(get("/fhir/StructureDefinition/" + id, tag)));
            // Every form in every language, each under its own url: a response is checked against the form it names.
            QUESTIONNAIRES.forEach(id -> check.knowQuestionnaire(get("/fhir/Questionnaire/" + id, tag)));
            return check;
        });
    }

    private static String get(String path, String language) {
        return io.restassured.RestAssured.given().header("Accept-Language", language).get(path).then().statusCode(200).extract().asString();
    }

    /** Makes one of the service's CodeSystems known, so codes from it are checked. */
    void knowCodeSystem(String json) {
        codeSystems.addCodeSystem(R4.newJsonParser().parseResource(CodeSystem.class, json));
    }

    /** Makes one of the service's extension definitions known, so the extension is checked against it (HAPI makes its snapshot). */
    void knowStructureDefinition(String json) {
        codeSystems.addStructureDefinition(R4.newJsonParser().parseResource(org.hl7.fhir.r4.model.StructureDefinition.class, json));
    }

    /** Makes a Questionnaire known (by url and by url|version), so responses to it are checked. */
    void knowQuestionnaire(String json) {
        Questionnaire questionnaire = R4.newJsonParser().parseResource(Questionnaire.class, json);
        questionnaires.put(questionnaire.getUrl(), questionnaire);
        questionnaires.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
    }

    /** The warnings (and worse) the validator finds in this resource, each with where. */
    public List<String> warnings(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .map(FhirCheck::said).toList();
    }

    /** The errors (and fatal errors) the validator finds in this resource, each with where. */
    public List<String> errors(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirCheck::said).toList();
    }

    /** The errors and the warnings (a missing narrative, dom-6, is one): what must be none; information is allowed. */
    public List<String> errorsAndWarnings(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .map(FhirCheck::said).toList();
    }

    /** Every message, warnings included, to read what the validator thinks. */
    public List<String> messages(String json) {
        return validator.validateWithResult(json).getMessages().stream().map(FhirCheck::said).toList();
    }

    private static String said(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
