package org.decompress.fhir;

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
import org.decompress.fhir.FhirQuestionnaires.AnswerOption;
import org.decompress.fhir.FhirQuestionnaires.FhirQuestionnaire;
import org.decompress.fhir.FhirQuestionnaires.Item;

/**
 * The versions of one Questionnaire this service has published ({@link #INTAKE} for the intake,
 * {@link #CHECK_IN} for the check-in, kept in the repository and checked by the build), each with what
 * its questions were: every answerable
 * item as {@code linkId:type}, a choice's codes after {@code =}, and {@code !} when an answer is
 * required. A response to an older version is read when its questions mean what today's do:
 * <ul>
 * <li>each of its items is still asked, with the same type and, for a choice, exactly the same codes
 * (a red-flag list with one flag fewer is not the same question: its "none of these" never ruled out
 * the new flag);</li>
 * <li>each item answered today without fail was answered then too.</li>
 * </ul>
 * Where the items sit (their groups), their words, help and bounds may differ: the answers are read
 * by linkId into today's form, and checked against today's bounds and conditions.
 */
public final class PublishedVersions {

    public static final String INTAKE = "fhir/intake-versions.tsv";
    public static final String CHECK_IN = "fhir/check-in-versions.tsv";

    /** One published version and its items' signatures, by linkId. */
    public record Entry(String version, Map<String, String> items) {
    }

    private final Map<String, Entry> byVersion;

    public PublishedVersions(List<Entry> entries) {
        Map<String, Entry> versions = new LinkedHashMap<>();
        entries.forEach(e -> versions.put(e.version(), e));
        this.byVersion = versions;
    }

    /** A list shipped with the service: {@link #INTAKE} or {@link #CHECK_IN}. */
    public static PublishedVersions fromClasspath(String resource) {
        try (InputStream in = PublishedVersions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code version<TAB>items}, items separated by spaces; {@code #} starts a comment. */
    public static PublishedVersions read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                entries.add(new Entry(columns[0].trim(), items(List.of(columns[1].trim().split(" +")))));
            }
        }
        return new PublishedVersions(entries);
    }

    public List<Entry> entries() {
        return List.copyOf(byVersion.values());
    }

    public Optional<Entry> find(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** A form's entry: its version and its items' signatures, as the file writes them. */
    public static Entry entryOf(FhirQuestionnaire form) {
        List<String> signatures = new ArrayList<>();
        collect(form.item(), signatures);
        return new Entry(form.version(), items(signatures));
    }

    /** The line of the file for a form. */
    public static String lineOf(FhirQuestionnaire form) {
        return form.version() + "\t" + String.join(" ", entryOf(form).items().values());
    }

    /** Whether a response to {@code older} can be read as a response to {@code current}: see the class comment. */
    public static boolean mapsTo(Entry older, Entry current) {
        for (Map.Entry<String, String> item : older.items().entrySet()) {
            String now = current.items().get(item.getKey());
            if (now == null || !withoutRequired(now).equals(withoutRequired(item.getValue()))) {
                return false;
            }
        }
        return current.items().entrySet().stream().filter(i -> i.getValue().endsWith("!")).allMatch(i -> older.items().containsKey(i.getKey()));
    }

    private static String withoutRequired(String signature) {
        return signature.endsWith("!") ? signature.substring(0, signature.length() - 1) : signature;
    }

    private static Map<String, String> items(List<String> signatures) {
        Map<String, String> items = new LinkedHashMap<>();
        signatures.forEach(s -> items.put(s.substring(0, s.indexOf(':')), s));
        return items;
    }

    private static void collect(List<Item> items, List<String> signatures) {
        for (Item item : items) {
            if (item.type().equals("group")) {
                collect(item.item(), signatures);
                continue;
            }
            if (item.type().equals("display")) {
                continue;
            }
            StringBuilder signature = new StringBuilder(item.linkId()).append(':').append(item.type());
            if (item.answerOption() != null && !item.answerOption().isEmpty()) {
                signature.append('=').append(String.join("|", item.answerOption().stream().map(AnswerOption::valueCoding).map(Fhir.Coding::code)
                        .sorted().toList()));
            }
            // Required when the form says so and nothing can turn it off.
            if (Boolean.TRUE.equals(item.required()) && (item.enableWhen() == null || item.enableWhen().isEmpty())) {
                signature.append('!');
            }
            signatures.add(signature.toString());
        }
    }
}
