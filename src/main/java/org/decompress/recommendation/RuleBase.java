package org.decompress.recommendation;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.config.DecompressConfig;
import org.decompress.plan.PlanAssembler;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;

/**
 * Compiles {@code rules/**\/*.drl} once at start-up and keeps the result. A rule file that does not
 * compile stops the start with file, line and message: the service never runs on a partial rule base.
 */
@Startup
@ApplicationScoped
public class RuleBase {

    private static final Logger LOG = Logger.getLogger(RuleBase.class);

    /** A compiled rule base together with what is built from it; replaced whole, never patched. */
    public record Loaded(KieBase kieBase, RuleEngine engine, PlanAssembler assembler, int ruleFiles) {
    }

    private final Catalog catalog;
    private final Optional<Path> directory;
    private final ClassLoader loader;
    private volatile Loaded current;

    public RuleBase(Catalog catalog, DecompressConfig config) {
        this.catalog = catalog;
        this.directory = config.rules().directory();
        this.loader = Thread.currentThread().getContextClassLoader();
        long start = System.nanoTime();
        this.current = load(ruleFiles());
        LOG.infof("Compiled %d rule files (%d rules) from %s in %d ms", current.ruleFiles(), ruleCount(current),
                directory.map(Object::toString).orElse("the classpath"), (System.nanoTime() - start) / 1_000_000);
    }

    private List<RuleFile> ruleFiles() {
        return directory.map(RuleFiles::fromDirectory).orElseGet(() -> RuleFiles.fromClasspath(loader));
    }

    private static int ruleCount(Loaded loaded) {
        return loaded.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private Loaded load(List<RuleFile> files) {
        KieBase kieBase = RuleCompiler.compile(files, loader);
        RuleEngine engine = new RuleEngine(kieBase, catalog);
        return new Loaded(kieBase, engine, new PlanAssembler(catalog, engine.options()), files.size());
    }

    public Loaded current() {
        return current;
    }
}
