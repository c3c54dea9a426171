package org.decompress.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rule base from the executable model generated when the project was built (see
 * {@code RuleModelGenerator}, a build tool in src/tools): classes on the class path and an index naming them. Loading it
 * compiles nothing, so the packaged service needs neither the DRL compiler nor a Java compiler.
 */
public final class PrecompiledRules {

    /** Written next to the packaged rule files by the build; names the model classes. */
    public static final String INDEX = "rules/compiled-model.properties";

    /** Sessions the pool creates up front; it grows when more requests run at once. */
    private static final int INITIAL_SESSIONS = 4;

    private PrecompiledRules() {
    }

    /** The precompiled rule base, or empty when the build did not generate one (classes compiled outside Maven). */
    public static Optional<CompiledRules> fromClasspath(ClassLoader loader) {
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                return Optional.empty();
            }
            Properties model = readIndex(index);
            List<String> models = Arrays.stream(model.getProperty("models", "").split(",")).filter(s -> !s.isBlank()).toList();
            return Optional.of(build(models, loader, Integer.parseInt(model.getProperty("ruleFiles", "0")),
                    model.getProperty("fingerprint", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties readIndex(InputStream in) throws IOException {
        try (in) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }

    /** One rule base from the model classes, the same way whether they were generated at build or at run time. */
    static CompiledRules build(List<String> modelClasses, ClassLoader loader, int ruleFiles, String fingerprint) {
        if (modelClasses.isEmpty()) {
            throw new RuleCompilationException(List.of(INDEX + ": names no model class"));
        }
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new RuleCompilationException(List.of("rules: the generated model class " + name + " cannot be loaded: " + e));
            }
        }
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        return new CompiledRules(base, base.newKieSessionsPool(INITIAL_SESSIONS), ruleFiles, fingerprint);
    }
}
