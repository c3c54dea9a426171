package org.decompress.config;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.SortedMap;
import org.decompress.catalog.CatalogLoader;
import org.decompress.catalog.Catalogs;
import org.decompress.figure.FigureBook;
import org.decompress.language.Languages;
import org.decompress.questionnaire.QuestionnaireLoader;
import org.decompress.questionnaire.Questionnaires;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The build's step (pom.xml, process-test-classes) that runs the start's checks on the data files of
 * {@code target/classes} (the catalog and questionnaire in every language, the message files, the
 * figures) and, when they pass, records the files' fingerprint ({@link CheckedFiles#RESOURCE}) in
 * the packaged service, whose start then trusts them ({@link FileChecks}). A broken file fails the
 * build with the message it would stop the start with.
 */
public final class BuildFileChecks {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private BuildFileChecks() {
    }

    /** {@code args[0]}: the classes directory, whose files are checked and which receives the fingerprint. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        // Only the service's own files: the tests' (the pseudo-language) are not in the packaged service.
        try (URLClassLoader resources = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            check(resources);
            SortedMap<String, String> fingerprint = CheckedFiles.fingerprint(resources);
            CheckedFiles.write(fingerprint, classes);
            System.out.printf("Checked %d data files; their fingerprint is in %s%n", fingerprint.size(), CheckedFiles.RESOURCE);
        }
    }

    /** Every check the start runs on the data files of {@code resources}; throws the start's message at the first broken file. */
    public static void check(ClassLoader resources) {
        read(resources, VALIDATOR, FileChecks.RUN);
    }

    /** Reads what the start reads from the data files, as the service's producers do, with or without their checks. */
    public static Catalogs read(ClassLoader resources, Validator validator, FileChecks checks) {
        Languages languages = Languages.fromClasspath(resources, checks);
        Catalogs catalogs = Catalogs.load(new CatalogLoader(validator, checks), languages, resources);
        Questionnaires.load(new QuestionnaireLoader(validator, checks), languages, resources);
        FigureBook.load(catalogs.defaultCatalog(), languages, resources, checks);
        return catalogs;
    }
}
