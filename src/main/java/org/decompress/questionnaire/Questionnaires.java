package org.decompress.questionnaire;

import org.decompress.language.InEveryLanguage;
import org.decompress.language.Language;
import org.decompress.language.Languages;

/** The questionnaire in every language the service speaks: the same questions, each with its words in that language. */
public final class Questionnaires {

    private final InEveryLanguage<Questionnaire> questionnaires;

    private Questionnaires(InEveryLanguage<Questionnaire> questionnaires) {
        this.questionnaires = questionnaires;
    }

    public static Questionnaires load(QuestionnaireLoader loader, Languages languages) {
        return new Questionnaires(InEveryLanguage.of(languages, loader::loadFromClasspath));
    }

    /** The questionnaire of this class loader's resources, in every language its message files speak. */
    public static Questionnaires load(QuestionnaireLoader loader, Languages languages, ClassLoader resources) {
        return new Questionnaires(InEveryLanguage.of(languages, words -> loader.loadFrom(resources, words)));
    }

    public Questionnaire in(Language language) {
        return questionnaires.in(language);
    }

    public Questionnaire defaultQuestionnaire() {
        return questionnaires.inDefaultLanguage();
    }
}
