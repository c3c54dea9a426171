package org.decompress.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.decompress.catalog.Catalogs;
import org.decompress.config.DecompressConfig;
import org.decompress.fhir.FhirQuestionnaires.FhirQuestionnaire;
import org.decompress.language.InEveryLanguage;
import org.decompress.language.Language;
import org.decompress.language.Languages;
import org.decompress.questionnaire.Questionnaires;

/**
 * The two Questionnaires, the intake and the check-in, in every language, each language's its own
 * canonical at the same structural version, and the versions of each the service has published (whose
 * responses it still reads when their questions mean the same).
 */
@ApplicationScoped
public class FhirForms {

    private final Languages languages;
    private final InEveryLanguage<FhirQuestionnaire> intakes;
    private final InEveryLanguage<FhirQuestionnaire> checkIns;
    private final PublishedVersions intakeVersions = PublishedVersions.fromClasspath(PublishedVersions.INTAKE);
    private final PublishedVersions checkInVersions = PublishedVersions.fromClasspath(PublishedVersions.CHECK_IN);

    public FhirForms(DecompressConfig config, Languages languages, Catalogs catalogs, Questionnaires questionnaires) {
        this.languages = languages;
        String base = config.fhir().canonicalBase().replaceAll("/$", "");
        FhirQuestionnaires forms = new FhirQuestionnaires(base, new FhirCodeSystems(base), languages.defaultLanguage());
        Language english = languages.defaultLanguage();
        String intakeVersion = FhirQuestionnaires.versionOf(forms.intake(questionnaires.in(english), english, null));
        String checkInVersion = FhirQuestionnaires.versionOf(forms.checkIn(questionnaires.in(english), catalogs.in(english), english, null));
        this.intakes = InEveryLanguage.of(languages, words -> forms.intake(questionnaires.in(words.language()), words.language(), intakeVersion));
        this.checkIns = InEveryLanguage.of(languages, words -> forms.checkIn(questionnaires.in(words.language()), catalogs.in(words.language()),
                words.language(), checkInVersion));
    }

    /**
     * A Questionnaire by its id: each language's form has its own ({@code decompress-intake},
     * {@code decompress-intake-es}); a test's pseudo-language answers when asked for, as it does on the pages.
     */
    public Optional<FhirQuestionnaire> questionnaire(String id) {
        return Stream.concat(inEveryLanguage(intakes, languages.tags()).stream(), inEveryLanguage(checkIns, languages.tags()).stream())
                .filter(q -> q.id().equals(id)).findFirst();
    }

    /** The same form in the other languages the service offers: the intake's for an intake, the check-in's for a check-in. */
    public List<FhirQuestionnaire> translationsOf(FhirQuestionnaire form) {
        List<FhirQuestionnaire> all = form.name().equals(intakes.inDefaultLanguage().name()) ? intakes() : checkIns();
        return all.stream().filter(f -> !f.id().equals(form.id())).toList();
    }

    /** The intake in every language the service offers, the default language's first. */
    public List<FhirQuestionnaire> intakes() {
        return inEveryLanguage(intakes, offered());
    }

    /** The check-in in every language the service offers, the default language's first. */
    public List<FhirQuestionnaire> checkIns() {
        return inEveryLanguage(checkIns, offered());
    }

    /** The intake in every language it can be read in, the test's pseudo-language too: what a response may answer. */
    List<FhirQuestionnaire> everyIntake() {
        return inEveryLanguage(intakes, languages.tags());
    }

    List<FhirQuestionnaire> everyCheckIn() {
        return inEveryLanguage(checkIns, languages.tags());
    }

    public FhirQuestionnaire intake(Language language) {
        return intakes.in(language);
    }

    public FhirQuestionnaire checkIn(Language language) {
        return checkIns.in(language);
    }

    /** The intake versions the service has published. */
    public PublishedVersions published() {
        return intakeVersions;
    }

    /** The check-in versions the service has published. */
    public PublishedVersions publishedCheckIns() {
        return checkInVersions;
    }

    private Set<String> offered() {
        return languages.listed().stream().map(Language::tag).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<FhirQuestionnaire> inEveryLanguage(InEveryLanguage<FhirQuestionnaire> forms, Set<String> tags) {
        LinkedHashSet<FhirQuestionnaire> all = new LinkedHashSet<>();
        all.add(forms.inDefaultLanguage());
        tags.forEach(tag -> all.add(forms.in(languages.find(tag).orElseThrow())));
        return List.copyOf(all);
    }
}
