package org.decompress.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.decompress.catalog.Catalogs;
import org.decompress.config.DecompressConfig;
import org.decompress.engine.RuleBase;
import org.decompress.engine.RuleText;
import org.decompress.fhir.FhirCodeSystems.CodeSystem;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.questionnaire.Questionnaires;

/**
 * The service's CodeSystems: one per url|version, the same whatever the language asked for (see {@link FhirCodeSystems}); and
 * the ConceptMaps from some of them to SNOMED CT ({@link FhirConceptMaps}).
 */
@ApplicationScoped
public class FhirTerminology {

    private final Languages languages;
    private final Catalogs catalogs;
    private final Questionnaires questionnaires;
    private final RuleBase ruleBase;
    private final FhirCodeSystems codes;
    private final Map<String, String> versions;
    private final FhirConceptMaps maps;

    public FhirTerminology(DecompressConfig config, Languages languages, Catalogs catalogs, Questionnaires questionnaires, RuleBase ruleBase) {
        this.languages = languages;
        this.catalogs = catalogs;
        this.questionnaires = questionnaires;
        this.ruleBase = ruleBase;
        this.codes = new FhirCodeSystems(config.fhir().canonicalBase().replaceAll("/$", ""));
        this.versions = FhirCodeSystems.versionsOf(codes.unversioned(words(), ruleNames()));
        this.maps = new FhirConceptMaps(config.fhir().canonicalBase().replaceAll("/$", ""), FhirConceptMaps.fromClasspath());
    }

    public List<CodeSystem> codeSystems() {
        return codes.all(words(), ruleNames(), versions::get);
    }

    public Optional<CodeSystem> codeSystem(String id) {
        return codeSystems().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The maps to SNOMED CT, each from its CodeSystem as served now; one resource whatever the language, like the CodeSystems. */
    public List<FhirConceptMaps.ConceptMap> conceptMaps() {
        List<CodeSystem> systems = codeSystems();
        return maps.all(id -> systems.stream().filter(s -> s.id().equals(id)).findFirst(), languages.defaultLanguage());
    }

    public Optional<FhirConceptMaps.ConceptMap> conceptMap(String id) {
        return conceptMaps().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The lines of the map to SNOMED CT the ConceptMaps are made of. */
    public List<FhirConceptMaps.Line> conceptMapLines() {
        return maps.lines();
    }

    /** The words of every language offered, the default language's first: what the CodeSystems' designations come from. */
    public List<FhirCodeSystems.Words> words() {
        List<Language> all = new ArrayList<>(List.of(languages.defaultLanguage()));
        languages.listed().stream().filter(l -> !l.tag().equals(languages.defaultLanguage().tag())).forEach(all::add);
        return all.stream().map(l -> new FhirCodeSystems.Words(l, questionnaires.in(l), catalogs.in(l))).toList();
    }

    /** The rules' names, read at each call: dev mode reloads the rules. */
    private List<String> ruleNames() {
        return RuleText.of(ruleBase.ruleFiles()).stream().map(RuleText::name).toList();
    }
}
