package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The form of an exercise in a plan, as an element of its own: a CarePlan activity's {@code detail.code}
 * is the exercise (one coding, from the {@code exercise} CodeSystem) and this extension on the same
 * {@code detail} is the form the plan gives it ({@code knees-to-chest:one-leg}, from the
 * {@code exercise-variant} CodeSystem). No core R4 element or extension says which form of a coded
 * activity is meant ({@code productCodeableConcept} is something consumed or supplied; the core
 * extensions on a CarePlan activity are a title or an episode of care), so Decompress defines one (FHIR R4,
 * "Defining Extensions") and serves its StructureDefinition.
 *
 * <p>Its context is a FHIRPath expression, {@code CarePlan.activity.detail.where(code.exists())}: a form
 * qualifies an activity's code, so it belongs only on a detail that has one. The plainer element context
 * ({@code CarePlan.activity.detail}) cannot be checked offline: HAPI FHIR 8.8.1's validator (core 6.7.9),
 * validating an extension definition with an element context, looks up the core package of the published
 * version "4.0", which does not match its own "4.0.1", and fails ("Unable to resolve package id
 * hl7.fhir.r4.core#null"); a FHIRPath context that is a bare element path is a warning.
 */
public final class ExerciseVariant {

    static final String ID = "exercise-variant";
    static final String CONTEXT = "CarePlan.activity.detail.where(code.exists())";
    private static final String TITLE = "The form of an exercise";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StructureDefinition(String resourceType, String id, Fhir.Narrative text, String url, String version, String name, String title,
            String status, String date, String publisher, String description, String fhirVersion, String kind,
            @JsonProperty("abstract") boolean isAbstract, List<Context> context, String type, String baseDefinition, String derivation,
            Differential differential) {
    }

    public record Context(String type, String expression) {
    }

    public record Differential(List<Element> element) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Element(String id, String path, @JsonProperty("short") String shortly, String definition, Integer min, String max,
            List<Type> type, String fixedUri) {

        static Element of(String path) {
            return new Element(path, path, null, null, null, null, null, null);
        }

        Element said(String words, String definition) {
            return new Element(id, path, words, definition, min, max, type, fixedUri);
        }

        Element times(Integer min, String max) {
            return new Element(id, path, shortly, definition, min, max, type, fixedUri);
        }

        Element typed(String code) {
            return new Element(id, path, shortly, definition, min, max, List.of(new Type(code)), fixedUri);
        }

        Element fixed(String uri) {
            return new Element(id, path, shortly, definition, min, max, type, uri);
        }
    }

    public record Type(String code) {
    }

    private final String base;
    private final FhirCodeSystems codes;

    public ExerciseVariant(String base, FhirCodeSystems codes) {
        this.base = base;
        this.codes = codes;
    }

    String url() {
        return base + "/StructureDefinition/" + ID;
    }

    /** The extension saying an activity's form: its code and, in the plan's language, its name. */
    Fhir.Extension of(String exercise, String variant, String name) {
        return new Fhir.Extension(url(), new Fhir.CodeableConcept(List.of(codes.coding(FhirCodeSystems.EXERCISE_VARIANT,
                FhirCodeSystems.variantCode(exercise, variant), name)), name), null);
    }

    /** The extension's definition; its version a digest of the rest of it, so it changes when the definition does, and only then. */
    public StructureDefinition definition() {
        StructureDefinition unversioned = definition(null);
        return definition(Digest.version(unversioned));
    }

    private StructureDefinition definition(String version) {
        String system = codes.url(FhirCodeSystems.EXERCISE_VARIANT);
        String description = "The form of the exercise a CarePlan activity's code names, as the plan gives it (knees to chest with one leg, "
                + "for example): a code from " + system + ", each code the exercise's and the form's ids. The activity's code stays the "
                + "exercise alone.";
        List<Element> elements = List.of(
                Element.of("Extension").said(TITLE, description).times(0, "1"),
                Element.of("Extension.extension").times(null, "0"),
                Element.of("Extension.url").fixed(url()),
                Element.of("Extension.value[x]").said("The form", "The form's code, and its name in the plan's language as the text.")
                        .times(1, null).typed("CodeableConcept"),
                Element.of("Extension.value[x].coding").times(1, "1"),
                Element.of("Extension.value[x].coding.system").times(1, null).fixed(system),
                Element.of("Extension.value[x].coding.code").times(1, null));
        List<String> said = List.of("Used on: " + CONTEXT, "Value: a CodeableConcept with one coding from " + system);
        return new StructureDefinition("StructureDefinition", ID, Narratives.of(null, TITLE, List.of(description), said), url(), version,
                "ExerciseVariant", TITLE, "active", FhirConformance.DATE, "Decompress", description, Fhir.VERSION, "complex-type", false,
                List.of(new Context("fhirpath", CONTEXT)), "Extension", "http://hl7.org/fhir/StructureDefinition/Extension", "constraint",
                new Differential(elements));
    }
}
