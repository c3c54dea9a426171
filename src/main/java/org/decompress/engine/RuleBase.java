package org.decompress.engine;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.decompress.config.DecompressConfig;
import org.decompress.language.Languages;
import org.decompress.problem.RulesUnavailableException;
import org.jboss.logging.Logger;

/**
 * Holds the rule base. The packaged service loads the executable model generated when the project
 * was built ({@link PrecompiledRules}): it compiles nothing at start. With
 * {@code decompress.rules.directory} (dev mode: {@code rules/}) it compiles that folder instead; a
 * rule file that does not compile stops the start with file, line and message, so the service never
 * runs on a partial rule base. With reload on (dev mode), a changed, added or removed file rebuilds
 * the rule base before the next plan; an edit that does not compile is reported and the previous
 * rule base stays. With {@code decompress.rules.compile-in-background} (dev mode) the folder compiles
 * while the service already answers its pages, and the first plan waits for it.
 */
@Startup
@ApplicationScoped
public class RuleBase {

    private static final Logger LOG = Logger.getLogger(RuleBase.class);

    private final Languages languages;
    private final Optional<Path> directory;
    private final ClassLoader loader;
    private final boolean reload;
    private final long reloadCheckNanos;
    /** Replaced whole, never patched. */
    private volatile CompiledRules current;
    private volatile Optional<String> reloadFailure = Optional.empty();
    private String failedFingerprint = "";
    private volatile long nextCheck;
    /** Open once the first rule base is built (or failed to build): at once, unless it is built in the background. */
    private final CountDownLatch firstLoad = new CountDownLatch(1);

    public RuleBase(Languages languages, DecompressConfig config) {
        this.languages = languages;
        this.directory = config.rules().directory();
        this.loader = Thread.currentThread().getContextClassLoader();
        this.reload = config.rules().reload() && directory.isPresent();
        this.reloadCheckNanos = config.rules().reloadCheckInterval().toNanos();
        if (directory.isPresent() && config.rules().compileInBackground()) {
            Thread compiling = new Thread(this::loadFirstInBackground, "decompress-rules");
            compiling.setDaemon(true);
            compiling.start();
        } else {
            this.current = loadAtStart();
            firstLoad.countDown();
        }
    }

    private CompiledRules loadAtStart() {
        long start = System.nanoTime();
        CompiledRules loaded = directory.isPresent() ? load(compile(RuleFiles.fromDirectory(directory.get())))
                : load(PrecompiledRules.fromClasspath(loader).orElseGet(() -> {
                    // Only where the classes were compiled without the build's rule step (an IDE, say).
                    LOG.warnf("%s is missing, so the rules were not compiled when the service was built: compiling them now", PrecompiledRules.INDEX);
                    return compile(RuleFiles.fromClasspath(loader));
                }));
        LOG.infof("%s %d rule files (%d rules) %s in %d ms%s", directory.isPresent() ? "Compiled" : "Loaded", loaded.ruleFiles(),
                loaded.ruleCount(), directory.map(d -> "from " + d).orElse("compiled when the service was built"),
                (System.nanoTime() - start) / 1_000_000, reload ? "; reloading on change" : "");
        return loaded;
    }

    /**
     * Dev mode: the service answers its pages while the folder compiles; a plan waits for it. Files that do not compile
     * are reported here, on readiness and at every plan, and (with reload on) the next change to them is compiled.
     */
    private void loadFirstInBackground() {
        try {
            current = loadAtStart();
        } catch (RuntimeException e) {
            reloadFailure = Optional.of(e.getMessage());
            failedFingerprint = fingerprintOrEmpty();
            LOG.errorf("The rules were not built, no plan can be made until they are: %s", e.getMessage());
        } finally {
            firstLoad.countDown();
        }
    }

    private String fingerprintOrEmpty() {
        try {
            return RuleFiles.fingerprint(ruleFiles());
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private CompiledRules compile(List<RuleFile> files) {
        try {
            return RuleCompiler.compile(files, loader);
        } catch (NoClassDefFoundError e) {
            throw new RuleCompilationException(List.of("rules: compiling rules at run time needs the rule compiler, which this build of the "
                    + "service leaves out (" + e.getMessage() + "); see the README, \"Rules at run time\""));
        }
    }

    /**
     * The rule base to evaluate with; with reload on, first rebuilt if a rule file changed. While the first one is
     * being built in the background, waits for it.
     *
     * @throws RulesUnavailableException when the first rule base could not be built (and no change has fixed it since)
     */
    public CompiledRules current() {
        awaitFirstLoad();
        if (reload && System.nanoTime() >= nextCheck) {
            reloadIfChanged();
        }
        CompiledRules rules = current;
        if (rules == null) {
            throw new RulesUnavailableException(reloadFailure.orElse("the rules were not built"));
        }
        return rules;
    }

    private void awaitFirstLoad() {
        try {
            firstLoad.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesUnavailableException("interrupted while the rules were being built");
        }
    }

    /** The rule base in use, without looking for changes; null only while the first one is being built. */
    public CompiledRules loaded() {
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
        String fingerprint = RuleFiles.fingerprint(files);
        String inUse = current == null ? "" : current.fingerprint();
        if (fingerprint.equals(inUse) && reloadFailure.isPresent()) {
            // The broken edit was undone: the files are those of the rule base in use again.
            reloadFailure = Optional.empty();
            failedFingerprint = "";
            LOG.info("Rule files match the rule base in use again");
        }
        // The same broken files are not recompiled on every request: only a further change retries.
        if (!fingerprint.equals(inUse) && !fingerprint.equals(failedFingerprint)) {
            long start = System.nanoTime();
            try {
                current = load(compile(files));
                reloadFailure = Optional.empty();
                failedFingerprint = "";
                LOG.infof("Reloaded %d rule files (%d rules) in %d ms", current.ruleFiles(), current.ruleCount(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuleCompilationException e) {
                reloadFailure = Optional.of(e.getMessage());
                failedFingerprint = fingerprint;
                LOG.errorf("Rules not reloaded, the previous rule base stays: %s", e.getMessage());
            }
        }
        nextCheck = System.nanoTime() + reloadCheckNanos;
    }

    /** The rule files as they are now: the folder's (dev mode), else those the service was built with. */
    public List<RuleFile> ruleFiles() {
        return directory.map(RuleFiles::fromDirectory).orElseGet(() -> RuleFiles.fromClasspath(loader));
    }

    /** The rules, once every rule has its words (a folder being tried in dev mode may lack some: their names stand in). */
    private CompiledRules load(CompiledRules compiled) {
        List<String> unsaid = RuleTitles.rulesWithoutWords(compiled, languages.defaultContentWords());
        if (!unsaid.isEmpty() && directory.isEmpty()) {
            throw new RuleCompilationException(unsaid);
        }
        unsaid.forEach(problem -> LOG.warnf("%s; its name stands in for its words", problem));
        return compiled;
    }
}
