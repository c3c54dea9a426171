package org.decompress.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decompress.plan.Planner;
import org.decompress.catalog.CatalogLoader;
import org.decompress.catalog.Catalogs;
import org.decompress.figure.FigureBook;
import org.decompress.figure.FigureRenderer;
import org.decompress.plan.GoldenPlans;
import org.decompress.plan.Plan;
import org.decompress.questionnaire.Answers;
import org.decompress.questionnaire.Assessment;
import org.decompress.questionnaire.QuestionnaireLoader;
import org.decompress.questionnaire.Questionnaires;
import org.decompress.rules.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new language is its four files and nothing else, proved: the English set of message files is
 * copied into a temporary folder under a tag the project does not have (French, unless French has
 * been added), each message marked as the pseudo-language marks it ({@link PseudoLanguage#pseudo}),
 * and everything a person reads is built from that folder by the service's own code, with no Java,
 * template, rule or catalog change: the language is found and offered, the questionnaire, the
 * catalog, plans through the real rules and the pictures are all in its words (every human-readable
 * field marked, so nothing falls back to English), plans decide what the English plans decide, and
 * every message of the pages' file renders as the Qute template it is.
 *
 * <p>The pages' Qute message bundle ({@code msg_xx}) is read by the Quarkus build from the classpath,
 * by file name: the tests' pseudo-language en-XA, which exists only as files the build writes, is that
 * proof for the pages ({@code PseudoLanguagePagesTest} renders every page in it).
 */
class NewLanguageFromFilesTest {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    /** Every how-many-th golden answer set is planned in the new language. */
    static final int EVERY = 50;

    @Test
    void aLanguageCopiedIntoAFolderSpeaksInTheQuestionnaireTheCatalogThePlansAndThePictures(@TempDir Path classpath) throws Exception {
        String tag = MessageFilesTest.unusedTag();
        Path messages = MessageFilesTest.copyOfTheMessages(classpath);
        for (String file : MessageFilesTest.FILES) {
            writeMarked(LanguageFiles.readFile(messages.resolve(file + "_en.properties")), messages.resolve(file + "_" + tag + ".properties"));
        }
        ClassLoader loader = MessageFilesTest.loaderOf(classpath);

        Languages languages = Languages.fromClasspath(loader);

        Language added = languages.find(tag).orElseThrow();
        assertThat(added.listed()).as("offered in the language switch").isTrue();
        assertThat(added.name()).isEqualTo(PseudoLanguage.pseudo("Test language"));
        assertThat(languages.listed()).extracting(Language::tag).containsAll(MessageFilesTest.languagesInOrder()).contains(tag);
        assertThat(languages.resolve(null, List.of(Locale.forLanguageTag(tag + "-CA"), Locale.ENGLISH))).isEqualTo(added);

        List<String> escaped = new ArrayList<>();
        Questionnaires questionnaires = Questionnaires.load(new QuestionnaireLoader(Engine.VALIDATOR), languages);
        escaped.addAll(PseudoLanguageApiTest.unmarkedFields(JSON.valueToTree(questionnaires.in(added)), "questionnaire"));

        Catalogs catalogs = Catalogs.load(new CatalogLoader(Engine.VALIDATOR), languages);
        escaped.addAll(PseudoLanguageApiTest.unmarkedFields(JSON.valueToTree(catalogs.in(added).exercises()), "catalog"));

        Planner planner = Planner.of(Engine.RULES, catalogs, languages);
        List<String[]> cases = GoldenPlans.cases();
        int plans = 0;
        for (int i = 0; i < cases.size(); i += EVERY) {
            Answers answers = JSON.readValue(cases.get(i)[0], Answers.class);
            Assessment assessment = answers.toAssessment();
            Plan plan = planner.plan(assessment, added);
            JsonNode json = JSON.valueToTree(plan);
            assertThat(PlanDecisions.of(json)).as("case %d decides what English decides", i).isEqualTo(PlanDecisions.of(JSON.valueToTree(Engine.plan(answers))));
            escaped.addAll(PseudoLanguageApiTest.unmarkedFields(json, "plan of case " + i));
            plans++;
        }

        Map<String, String> pages = LanguageFiles.read(loader, LanguageFiles.PAGES, tag);
        FigureBook figures = FigureBook.load(catalogs.defaultCatalog(), languages);
        FigureRenderer.Labels labels = new FigureRenderer.Labels(null, pages.get("seen_from_the_front"), pages.get("both_poses"));
        for (String key : figures.keys()) {
            FigureBook.Drawn drawn = figures.drawn(key, languages.contentWords(added), labels).orElseThrow();
            for (String svg : List.of(drawn.moving(), drawn.still())) {
                Matcher words = Pattern.compile("<(text|title|desc)[^>]*>([^<]*)<").matcher(svg);
                while (words.find()) {
                    if (!PseudoLanguage.unmarked(words.group(2)).isEmpty()) {
                        escaped.add("picture " + key + " <" + words.group(1) + ">: " + words.group(2));
                    }
                }
            }
        }

        assertThat(plans).isGreaterThan(100);
        assertThat(escaped).as("words in the new language's questionnaire, catalog, %d plans and pictures that did not come from its files", plans)
                .isEmpty();
    }

    @Test
    void everyMessageOfThePagesRendersAsAQuteTemplateInTheNewLanguage(@TempDir Path classpath) throws Exception {
        String tag = MessageFilesTest.unusedTag();
        Path messages = MessageFilesTest.copyOfTheMessages(classpath);
        writeMarked(LanguageFiles.readFile(messages.resolve("msg_en.properties")), messages.resolve("msg_" + tag + ".properties"));
        Map<String, String> pages = LanguageFiles.read(MessageFilesTest.loaderOf(classpath), LanguageFiles.PAGES, tag);
        io.quarkus.qute.Engine qute = io.quarkus.qute.Engine.builder().addDefaults().build();
        Pattern sectionParameter = Pattern.compile("\\{#(?:if|else if) ([A-Za-z_][A-Za-z0-9_]*)");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> message : pages.entrySet()) {
            io.quarkus.qute.TemplateInstance instance = qute.parse(message.getValue()).instance();
            MessageChecks.placeholders(message.getValue()).forEach(name -> instance.data(name, 2));
            sectionParameter.matcher(message.getValue()).results().forEach(m -> instance.data(m.group(1), 2));
            String said = instance.render();
            if (said.contains("{") || !PseudoLanguage.unmarked(said).isEmpty()) {
                wrong.add(message.getKey() + " = " + said);
            }
        }
        assertThat(pages).hasSizeGreaterThan(100);
        assertThat(wrong).as("messages of msg_%s that do not render to marked words", tag).isEmpty();
    }

    /** The messages of an English file, each marked and accented, under the same keys; the language names itself "Test language". */
    private static void writeMarked(Map<String, String> english, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# A language made for a test from the English file.\n");
            for (Map.Entry<String, String> message : english.entrySet()) {
                String words = message.getKey().equals("language_name") ? "Test language" : message.getValue();
                out.write(message.getKey() + "=" + PseudoLanguage.pseudo(words).replace("\\", "\\\\").replace("\n", "\\n") + "\n");
            }
        }
    }
}
