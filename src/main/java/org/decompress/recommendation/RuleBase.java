package org.decompress.recommendation;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.decompress.catalog.Catalog;
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
    private volatile Loaded current;

    public RuleBase(Catalog catalog) {
        this.catalog = catalog;
        long start = System.nanoTime();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.current = load(RuleFiles.fromClasspath(loader), loader);
        LOG.infof("Compiled %d rule files (%d rules) in %d ms", current.ruleFiles(),
                current.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Loaded load(java.util.List<RuleFile> files, ClassLoader loader) {
        KieBase kieBase = RuleCompiler.compile(files, loader);
        RuleEngine engine = new RuleEngine(kieBase, catalog);
        return new Loaded(kieBase, engine, new PlanAssembler(catalog, engine.options()), files.size());
    }

    public Loaded current() {
        return current;
    }
}
