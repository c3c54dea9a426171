package org.decompress.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message files of the top-level {@code messages/} folder: every language has every key, with the
 * same placeholders; the Spanish follows its glossary; and a new language is a matter of files.
 */
public class MessageFilesTest {

    static final Path FOLDER = Path.of("messages");
    static final List<String> FILES = List.of("msg", "questionnaire", "catalog", "rules");

    @Test
    void everyLanguageHasEveryKeyOfEveryFileWithTheSamePlaceholders() throws IOException {
        List<String> tags = tags();
        assertThat(tags).as("the default language and at least one other").contains(Languages.DEFAULT_TAG).hasSizeGreaterThan(1);
        List<String> problems = new ArrayList<>();
        StringBuilder counts = new StringBuilder("Messages per language:");
        for (String tag : tags) {
            int count = 0;
            for (String file : FILES) {
                count += read(file, tag).size();
            }
            counts.append(' ').append(tag).append(' ').append(count);
        }
        for (String file : FILES) {
            Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
            for (String tag : tags) {
                assertThat(FOLDER.resolve(file + "_" + tag + ".properties")).exists();
                byLanguage.put(tag, read(file, tag));
            }
            MessageChecks.differences(byLanguage, "en").forEach(problem -> problems.add(file + "_" + problem));
        }
        System.out.println(counts);
        assertThat(problems).as("keys and placeholders that differ between languages").isEmpty();
    }

    @Test
    void aMissingKeyAnExtraKeyAnEmptyMessageOrADifferentPlaceholderIsFound() {
        Map<String, String> english = Map.of("dose_hold", "Hold for {seconds} seconds", "yes", "Yes", "no", "No",
                "check_answers", "{#if count == 1}Please check this answer{#else}Please check these answers{/if}");
        Map<String, String> spanish = Map.of("dose_hold", "Mantenga la posición {segundos} segundos", "yes", "",
                "check_answers", "{#if count == 1}Revise esta respuesta{#else}Revise estas respuestas{/if}", "maybe", "Quizá");
        assertThat(MessageChecks.differences(Map.of("en", english, "es", spanish), "en")).containsExactlyInAnyOrder(
                "es: 'dose_hold' has the placeholders [segundos], en has [seconds]",
                "es: 'no' is missing (it is in en)",
                "es: 'maybe' is not in en",
                "es: 'yes' is empty");
        assertThat(MessageChecks.differences(Map.of("en", english, "es", english), "en")).isEmpty();
        assertThat(MessageChecks.placeholders("{#if checkIns == 1}after 1 check-in{#else}after {checkIns} check-ins{/if}"))
                .as("a Qute section is not a placeholder; the value it prints is").containsExactly("checkIns");
    }

    @Test
    void aLanguageWhoseFilesDoNotMatchStopsTheStartNamingTheKey(@TempDir Path classpath) throws IOException {
        Path messages = copyOfTheMessages(classpath);
        Path spanish = messages.resolve("rules_es.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(spanish));
        lines.removeIf(line -> line.startsWith("knee-problem-no-kneeling="));
        Files.write(spanish, lines);

        assertThatThrownBy(() -> Languages.fromClasspath(loaderOf(classpath)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("es: 'rule.knee-problem-no-kneeling' is missing (it is in en)");
    }

    @Test
    void aThirdLanguageIsItsFourFilesAndNothingElse(@TempDir Path classpath) throws IOException {
        Path messages = copyOfTheMessages(classpath);
        String added = unusedTag();
        for (String file : FILES) {
            String english = Files.readString(messages.resolve(file + "_en.properties"));
            Files.writeString(messages.resolve(file + "_" + added + ".properties"), file.equals("msg")
                    ? english.replace("language_name=English", "language_name=Test language") : english);
        }

        Languages languages = Languages.fromClasspath(loaderOf(classpath));

        List<String> expected = new ArrayList<>(languagesInOrder());
        expected.add(added);
        expected.subList(1, expected.size()).sort(null);
        assertThat(languages.listed()).extracting(Language::tag).containsExactlyElementsOf(expected);
        assertThat(languages.find(added).orElseThrow().name()).isEqualTo("Test language");
        Language resolved = languages.resolve(null, List.of(Locale.forLanguageTag(added + "-CA"), Locale.ENGLISH));
        assertThat(resolved.tag()).isEqualTo(added);
        assertThat(languages.contentWords(resolved).format(Wording.titleOf("Knee problem: no kneeling"))).isEqualTo("Knee problem: no kneeling");
    }

    @Test
    void theSpanishNamesEveryExerciseAsItsGlossaryDoes() throws IOException {
        Map<String, String> english = read("catalog", "en");
        Map<String, String> spanish = read("catalog", "es");
        Matcher rows = Pattern.compile("(?m)^\\| ([a-z]+(?:-[a-z]+)+) \\| ([^|]+) \\| ([^|]+) \\|$").matcher(exercisesTableOf(Files.readString(FOLDER.resolve("glossary_es.md"))));
        int exercises = 0;
        while (rows.find()) {
            String key = "exercise." + rows.group(1) + ".name";
            assertThat(english).as(key).containsEntry(key, rows.group(2).trim());
            assertThat(spanish).as(key).containsEntry(key, rows.group(3).trim());
            exercises++;
        }
        assertThat(exercises).as("exercises in the glossary").isEqualTo(english.keySet().stream().filter(k -> k.matches("exercise\\.[a-z-]+\\.name")).count());
    }

    @Test
    void theSpanishKeepsTheGlossarysWordsAndAddressesTheReaderAsUsted() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> spanish = new LinkedHashMap<>();
        for (String file : FILES) {
            read(file, "es").forEach((key, text) -> spanish.put(file + ":" + key, text));
        }
        Map<Pattern, String> never = neverUsed(Files.readString(FOLDER.resolve("glossary_es.md")));
        assertThat(never.keySet()).extracting(Pattern::pattern).as("the glossary's table of words never used")
                .contains(word("tú"), word("tensión"), word("túmbese"), word("tripa"), word("matrona"), word("encimera"), word("hinchable"),
                        word("pocas horas"));
        spanish.forEach((key, text) -> never.forEach((word, why) -> {
            if (word.matcher(text).find()) {
                problems.add(key + ": " + why + ": " + text);
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(spanish.get("msg:step_small")).startsWith("Nivel {step}");
        assertThat(spanish.get("msg:then_the_cooldown")).contains("vuelta a la calma");
        assertThat(spanish.get("msg:js_hold_side")).as("a side's timer label fits one line of a phone").hasSizeLessThanOrEqualTo(
                read("msg", "en").get("js_hold_side").length());
    }

    @Test
    void theGlossarysTableOfWordsNeverUsedIsReadAsWritten() {
        String glossary = """
                ## Words the files never use

                | never | instead | why |
                |---|---|---|
                | tumbar*, túmbese | acostarse | Spain only |
                | paso # | nivel # | a dose's step |
                """;
        Map<Pattern, String> never = neverUsed(glossary);
        assertThat(never.values()).containsOnly("Spain only: say 'acostarse'", "a dose's step: say 'nivel #'");
        java.util.function.Predicate<String> flagged = text -> never.keySet().stream().anyMatch(p -> p.matcher(text).find());
        assertThat(flagged).accepts("Túmbese boca arriba.", "para no tener que tumbarse", "TUMBARSE", "Paso 2: un estiramiento")
                .rejects("Acuéstese boca arriba.", "a un paso de ella", "retumbar", "pasos");
    }

    /**
     * The glossary's table "Words the files never use": each word of its first column (comma
     * separated; {@code *} any ending, {@code #} a number) as a pattern, with why and what to say instead.
     */
    static Map<Pattern, String> neverUsed(String glossary) {
        int table = glossary.indexOf("## Words the files never use");
        assertThat(table).as("the glossary's table of words never used").isNotNegative();
        Matcher rows = Pattern.compile("(?m)^\\| ([^|]+) \\| ([^|]+) \\| ([^|]*) \\|$").matcher(glossary.substring(table));
        Map<Pattern, String> never = new LinkedHashMap<>();
        while (rows.find()) {
            if (rows.group(1).trim().equals("never") || rows.group(1).startsWith("---")) {
                continue;
            }
            String why = (rows.group(3).isBlank() ? "" : rows.group(3).trim() + ": ") + "say '" + rows.group(2).trim() + "'";
            for (String word : rows.group(1).split(",")) {
                never.put(Pattern.compile(word(word.trim())), why);
            }
        }
        return never;
    }

    /** A word or phrase of the table as a pattern: whole words, any case, {@code *} any ending, {@code #} a number. */
    static String word(String word) {
        StringBuilder pattern = new StringBuilder("(?iu)\\b");
        for (String part : word.split("(?<=[*#])|(?=[*#])")) {
            pattern.append(switch (part) {
                case "*" -> "\\p{L}*";
                case "#" -> "[0-9]+";
                default -> Pattern.quote(part);
            });
        }
        return pattern.append("(?![\\p{L}0-9])").toString();
    }

    private static String exercisesTableOf(String glossary) {
        int table = glossary.indexOf("## The exercises");
        assertThat(table).as("the glossary's table of exercises").isNotNegative();
        return glossary.substring(table);
    }

    static Path copyOfTheMessages(Path classpath) throws IOException {
        Path messages = Files.createDirectories(classpath.resolve("messages"));
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, messages.resolve(file.getFileName()));
            }
        }
        return messages;
    }

    static ClassLoader loaderOf(Path classpath) throws IOException {
        return new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
    }

    /** The tag of every language of the folder: every {@code msg_xx.properties}. */
    static List<String> tags() throws IOException {
        TreeSet<String> tags = new TreeSet<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(f -> f.getFileName().toString()).map(Pattern.compile("msg_(.+)\\.properties")::matcher)
                    .filter(Matcher::matches).forEach(m -> tags.add(m.group(1)));
        }
        return List.copyOf(tags);
    }

    /** The languages of the folder as the service lists them: the default language first, then the others by tag. */
    public static List<String> languagesInOrder() throws IOException {
        List<String> ordered = new ArrayList<>(List.of(Languages.DEFAULT_TAG));
        tags().stream().filter(tag -> !tag.equals(Languages.DEFAULT_TAG)).forEach(ordered::add);
        return ordered;
    }

    /** Tags of languages the folder does not have, most familiar first: for "a language the service does not speak". */
    public static List<String> unusedTags() throws IOException {
        List<String> tags = tags();
        return Stream.of("fr", "de", "it", "pt", "ja", "nl", "pl", "sv", "qaa", "qab", "qac").filter(tag -> !tags.contains(tag)).toList();
    }

    public static String unusedTag() throws IOException {
        return unusedTags().get(0);
    }

    private static Map<String, String> read(String file, String tag) throws IOException {
        return LanguageFiles.readFile(FOLDER.resolve(file + "_" + tag + ".properties"));
    }
}
