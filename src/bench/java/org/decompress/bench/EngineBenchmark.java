package org.decompress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.decompress.catalog.CatalogLoader;
import org.decompress.catalog.Catalogs;
import org.decompress.catalog.Role;
import org.decompress.engine.PrecompiledRules;
import org.decompress.engine.RuleEngine;
import org.decompress.engine.RuleWords;
import org.decompress.language.Languages;
import org.decompress.plan.Plan;
import org.decompress.plan.PlanAssembler;
import org.decompress.questionnaire.Assessment;
import org.decompress.rules.PlanInvariantsPropertyTestAccess;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answers to plan, in process: rule evaluation plus plan assembly, over a realistic mix of answers
 * (the property test's generator: mostly plans, some referrals). {@code catalogCopies} multiplies the
 * catalog with synthetic copies of every exercise to show how the cost grows with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"})
public class EngineBenchmark {

    @Param({"1"})
    public int catalogCopies;

    private RuleEngine engine;
    private PlanAssembler assembler;
    private Assessment[] mix;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // As in the service (application.properties): Drools logs at WARN. Left at the default, Drools
        // formats a trace line for every inserted fact, which alone costs 5x the evaluation.
        java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.kie").setLevel(java.util.logging.Level.WARNING);
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        // The catalog and its words in every language, as the service loads them, with the synthetic copies.
        ClassLoader resources = new CatalogCopies(getClass().getClassLoader(), catalogCopies);
        Languages languages = Languages.fromClasspath(resources);
        Catalogs catalogs = Catalogs.load(new CatalogLoader(validator), languages, resources);
        engine = new RuleEngine(PrecompiledRules.fromClasspath(getClass().getClassLoader()).orElseThrow(),
                catalogs.defaultCatalog(), RuleWords.order(languages.defaultTexts()));
        assembler = new PlanAssembler(catalogs, languages, engine.options());
        Random random = new Random(2026);
        mix = new Assessment[1024];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = PlanInvariantsPropertyTestAccess.randomAnswers(random).toAssessment();
        }
    }

    @Benchmark
    public Plan answersToPlan() {
        Assessment answers = mix[next++ & (mix.length - 1)];
        return assembler.assemble(engine.evaluate(answers), answers);
    }

    /**
     * The shipped resources, but the catalog has {@code copies - 1} synthetic copies of every exercise
     * but the cooldown, and every language's catalog words name the copies as their originals.
     */
    static final class CatalogCopies extends ClassLoader {
        private static final String WORDS = "messages/catalog_";
        private final int copies;
        private final List<String> copied = new ArrayList<>();
        private final byte[] catalog;

        CatalogCopies(ClassLoader parent, int copies) throws IOException {
            super(parent);
            this.copies = copies;
            this.catalog = catalogTimes(parent, copies, copied);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.equals(CatalogLoader.RESOURCE)) {
                return new ByteArrayInputStream(catalog);
            }
            InputStream original = super.getResourceAsStream(name);
            if (original == null || !name.startsWith(WORDS) || copies == 1) {
                return original;
            }
            try (original) {
                Properties words = new Properties();
                words.load(new InputStreamReader(original, StandardCharsets.UTF_8));
                Properties more = new Properties();
                more.putAll(words);
                for (String key : words.stringPropertyNames()) {
                    for (String id : copied) {
                        String prefix = "exercise." + id + ".";
                        if (key.startsWith(prefix)) {
                            for (int copy = 2; copy <= copies; copy++) {
                                more.setProperty("exercise." + id + "-copy" + copy + "." + key.substring(prefix.length()), words.getProperty(key));
                            }
                        }
                    }
                }
                StringWriter out = new StringWriter();
                more.store(out, null);
                return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped catalog with {@code copies - 1} synthetic copies of every exercise but the cooldown. */
    static byte[] catalogTimes(ClassLoader loader, int copies, List<String> copied) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = loader.getResourceAsStream(CatalogLoader.RESOURCE)) {
            root = (ObjectNode) json.readTree(in);
        }
        ArrayNode exercises = (ArrayNode) root.get("exercises");
        List<ObjectNode> originals = new ArrayList<>();
        exercises.forEach(e -> originals.add((ObjectNode) e));
        for (ObjectNode original : originals) {
            if (!Role.COOLDOWN.name().equals(original.get("role").asText())) {
                copied.add(original.get("id").asText());
            }
        }
        for (int copy = 2; copy <= copies; copy++) {
            for (ObjectNode original : originals) {
                if (Role.COOLDOWN.name().equals(original.get("role").asText())) {
                    continue;
                }
                ObjectNode twin = original.deepCopy();
                twin.put("id", original.get("id").asText() + "-copy" + copy);
                twin.put("family", original.get("family").asText() + "-copy" + copy);
                exercises.add(twin);
            }
        }
        return json.writeValueAsBytes(root);
    }
}
