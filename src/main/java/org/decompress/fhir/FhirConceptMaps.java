package org.decompress.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.decompress.fhir.FhirCodeSystems.CodeSystem;
import org.decompress.language.Language;

/**
 * The answers about a person's health mapped to SNOMED CT ({@link #MAP}, kept in the repository with
 * where each concept's id and term were found): one FHIR R4 ConceptMap per source CodeSystem, so each
 * map's version, like each CodeSystem's, changes only with its own content (a new condition never gives
 * the red-flag map a new version), and an integrator takes the map of the code system it stores.
 *
 * <p>{@code equivalence} is R4's ConceptMapEquivalence, which "is read from target to source (e.g. the
 * target is 'wider' than the source)" (FHIR R4, ConceptMap.group.element.target.equivalence,
 * hl7.org/fhir/R4/conceptmap-definitions.html): {@code narrower} says the SNOMED CT concept covers less
 * than our code ("the target mapping is narrower in meaning than the source concept",
 * hl7.org/fhir/R4/valueset-concept-map-equivalence.html). The map file is written in that direction, so
 * it is served as it is. R4 requires a comment for {@code narrower} and {@code inexact} (invariant cmd-1):
 * every target carries its note (how the meanings differ) and its source. A code with no fitting concept
 * is an element whose one target is {@code unmatched} ("there is no match for this concept in the target
 * code system"), without a code; R4 does not require a comment there, but the comment says why.
 */
public final class FhirConceptMaps {

    public static final String MAP = "fhir/snomed-map.tsv";
    static final String UNMATCHED = "unmatched";
    private static final String SUFFIX = "-to-snomed";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ConceptMap(String resourceType, String id, String language, Fhir.Narrative text, String url, String version, String name, String title,
            String status, String publisher, String description, String copyright, List<Group> group) {
    }

    /** R4: one group per source and target system; {@code sourceVersion} names the version of the CodeSystem the codes come from. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Group(String source, String sourceVersion, String target, List<Element> element) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Element(String code, String display, List<Target> target) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Target(String code, String display, String equivalence, String comment) {
    }

    /** One line of the map file: a code and one of its SNOMED CT concepts, or none ({@code unmatched}). */
    public record Line(String codeSystem, String code, String displayEn, String snomedId, String snomedTerm, String equivalence, String source,
            String note) {

        boolean matched() {
            return !UNMATCHED.equals(equivalence);
        }

        Target target() {
            if (!matched()) {
                return new Target(null, null, UNMATCHED, note);
            }
            String comment = (note.isEmpty() ? "" : note + (note.endsWith(".") ? " " : ". ")) + "Id and term as found in: " + source;
            return new Target(snomedId, snomedTerm, equivalence, comment);
        }
    }

    private final List<Line> lines;
    private final String base;

    public FhirConceptMaps(String base, List<Line> lines) {
        this.base = base;
        this.lines = List.copyOf(lines);
    }

    /** The map shipped with the service ({@link #MAP}). */
    public static List<Line> fromClasspath() {
        try (InputStream in = FhirConceptMaps.class.getClassLoader().getResourceAsStream(MAP)) {
            if (in == null) {
                throw new IllegalStateException(MAP + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated lines under a header line; {@code #} starts a comment. */
    public static List<Line> read(Reader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        boolean header = true;
        for (String text : new BufferedReader(reader).lines().toList()) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = text.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalStateException(MAP + ": 8 columns expected, " + f.length + " in: " + text);
            }
            lines.add(new Line(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The id of the map from a CodeSystem: {@code red-flag-to-snomed}. */
    public static String idOf(String codeSystem) {
        return codeSystem + SUFFIX;
    }

    /** Every map, in the order of the file, from the CodeSystems as served now ({@code codeSystems} by id). */
    public List<ConceptMap> all(Function<String, Optional<CodeSystem>> codeSystems, Language language) {
        Map<String, List<Line>> bySystem = new LinkedHashMap<>();
        lines.forEach(l -> bySystem.computeIfAbsent(l.codeSystem(), s -> new ArrayList<>()).add(l));
        List<ConceptMap> maps = new ArrayList<>();
        bySystem.forEach((system, its) -> codeSystems.apply(system).ifPresent(s -> maps.add(map(s, its, language))));
        return maps;
    }

    private ConceptMap map(CodeSystem source, List<Line> its, Language language) {
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        its.forEach(l -> byCode.computeIfAbsent(l.code(), c -> new ArrayList<>()).add(l));
        Map<String, String> displays = new LinkedHashMap<>();
        if (source.concept() != null) {
            source.concept().forEach(c -> displays.put(c.code(), c.display()));
        }
        List<Element> elements = new ArrayList<>();
        byCode.forEach((code, targets) -> elements.add(new Element(code, displays.getOrDefault(code, targets.get(0).displayEn()),
                targets.stream().map(Line::target).toList())));
        Group group = new Group(source.url(), source.version(), Fhir.SNOMED, elements);
        String id = idOf(source.id());
        String title = "Decompress " + source.id() + " codes to SNOMED CT";
        String description = "The codes of " + source.url() + " mapped to SNOMED CT where a concept fits. Each concept's id and term are as found "
                + "together in the public source its comment names; a code with no fitting concept is unmatched, and its comment says why. "
                + "Equivalence is read from the SNOMED CT concept to our code: narrower means the concept covers less than the code.";
        String copyright = "This map includes SNOMED CT ids and terms. SNOMED CT is owned by SNOMED International; using it in a system "
                + "needs a licence from SNOMED International or its national member.";
        return new ConceptMap("ConceptMap", id, language.tag(), Narratives.of(language, title, List.of(description), said(group)),
                base + "/ConceptMap/" + id, Digest.version(group), source.name() + "ToSnomedCt",
                title, "active", "Decompress", description, copyright, List.of(group));
    }

    /** Each element in words, for the narrative: the code, its display, then each target or why there is none. */
    private static List<String> said(Group group) {
        return group.element().stream().map(e -> e.code() + " (" + e.display() + "): " + String.join("; ", e.target().stream()
                .map(t -> t.code() == null ? t.equivalence() + ": " + t.comment() : t.code() + " " + t.display() + " (" + t.equivalence() + ")")
                .toList())).toList();
    }
}
