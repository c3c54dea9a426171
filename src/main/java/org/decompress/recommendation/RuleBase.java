package org.decompress.recommendation;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.decompress.catalog.Catalog;
import org.decompress.config.DecompressConfig;
import org.decompress.plan.PlanAssembler;
import org.jboss.logging.Logger;

/**
 * Compiles {@code rules/**\/*.drl} once at start-up and keeps the result. A rule file that does not
 * compile stops the start with file, line and message: the service never runs on a partial rule
 * base. With reload on (dev mode), a changed, added or removed file rebuilds the rule base before
 * the next plan; an edit that does not compile is reported and the previous rule base stays.
 */
@Startup
@ApplicationScoped
public class RuleBase {

    private static final Logger LOG = Logger.getLogger(RuleBase.class);

    /** A compiled rule base together with what is built from it; replaced whole, never patched. */
    public record Loaded(RuleEngine engine, PlanAssembler assembler, int ruleFiles, int rules, String fingerprint) {
    }

    private final Catalog catalog;
    private final Optional<Path> directory;
    private final ClassLoader loader;
    private final boolean reload;
    private final long reloadCheckNanos;
    private volatile Loaded current;
    private volatile Optional<String> reloadFailure = Optional.empty();
    private String failedFingerprint = "";
    private volatile long nextCheck;

    public RuleBase(Catalog catalog, DecompressConfig config) {
        this.catalog = catalog;
        this.directory = config.rules().directory();
        this.loader = Thread.currentThread().getContextClassLoader();
        this.reload = config.rules().reload() && directory.isPresent();
        this.reloadCheckNanos = config.rules().reloadCheckInterval().toNanos();
        long start = System.nanoTime();
        this.current = load(ruleFiles());
        LOG.infof("Compiled %d rule files (%d rules) from %s in %d ms%s", current.ruleFiles(), current.rules(),
                directory.map(Object::toString).orElse("the classpath"), (System.nanoTime() - start) / 1_000_000,
                reload ? "; reloading on change" : "");
    }

    /** The rule base to evaluate with; with reload on, first rebuilt if a rule file changed. */
    public Loaded current() {
        if (reload && System.nanoTime() >= nextCheck) {
            reloadIfChanged();
        }
        return current;
    }

    /** The rule base in use, without looking for changes; null only while the first one is being built. */
    public Loaded loaded() {
        return current;
    }

    /** Why the last reload was refused (file:line: message), if it was; the previous rule base is still in use. */
    public Optional<String> reloadFailure() {
        return reloadFailure;
    }

    private synchronized void reloadIfChanged() {
        if (System.nanoTime() < nextCheck) {
            return;
        }
        List<RuleFile> files;
        try {
            files = ruleFiles();
        } catch (RuntimeException e) {
            reloadFailure = Optional.of(e.getMessage());
            LOG.errorf("Rules not reloaded, the previous rule base stays: %s", e.getMessage());
            nextCheck = System.nanoTime() + reloadCheckNanos;
            return;
        }
        String fingerprint = fingerprint(files);
        if (fingerprint.equals(current.fingerprint()) && reloadFailure.isPresent()) {
            // The broken edit was undone: the files are those of the rule base in use again.
            reloadFailure = Optional.empty();
            failedFingerprint = "";
            LOG.info("Rule files match the rule base in use again");
        }
        // The same broken files are not recompiled on every request: only a further change retries.
        if (!fingerprint.equals(current.fingerprint()) && !fingerprint.equals(failedFingerprint)) {
            long start = System.nanoTime();
            try {
                current = load(files);
                reloadFailure = Optional.empty();
                failedFingerprint = "";
                LOG.infof("Reloaded %d rule files (%d rules) in %d ms", current.ruleFiles(), current.rules(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuleCompilationException e) {
                reloadFailure = Optional.of(e.getMessage());
                failedFingerprint = fingerprint;
                LOG.errorf("Rules not reloaded, the previous rule base stays: %s", e.getMessage());
            }
        }
        nextCheck = System.nanoTime() + reloadCheckNanos;
    }

    private List<RuleFile> ruleFiles() {
        return directory.map(RuleFiles::fromDirectory).orElseGet(() -> RuleFiles.fromClasspath(loader));
    }

    private Loaded load(List<RuleFile> files) {
        CompiledRules compiled = RuleCompiler.compile(files, loader);
        RuleEngine engine = new RuleEngine(compiled, catalog);
        return new Loaded(engine, new PlanAssembler(catalog, engine.options()), files.size(), compiled.ruleCount(), fingerprint(files));
    }

    /** Names and contents of the rule files: any change, addition or removal changes it. */
    static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
