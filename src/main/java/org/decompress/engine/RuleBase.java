package org.decompress.engine;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.decompress.config.DecompressConfig;
import org.decompress.language.Languages;
import org.jboss.logging.Logger;

/**
 * Holds the rule base. The packaged service loads the executable model generated when the project
 * was built ({@link PrecompiledRules}): it compiles nothing at start. With
 * {@code decompress.rules.directory} (dev mode: {@code rules/}) it compiles that folder instead; a
 * rule file that does not compile stops the start with file, line and message, so the service never
 * runs on a partial rule base. With reload on (dev mode), a changed, added or removed file rebuilds
 * the rule base before the next plan; an edit that does not compile is reported and the previous
 * rule base stays.
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

    public RuleBase(Languages languages, DecompressConfig config) {
        this.languages = languages;
        this.directory = config.rules().directory();
        this.loader = Thread.currentThread().getContextClassLoader();
        this.reload = config.rules().reload() && directory.isPresent();
        this.reloadCheckNanos = config.rules().reloadCheckInterval().toNanos();
        long start = System.nanoTime();
        this.current = loadAtStart();
        LOG.infof("%s %d rule files (%d rules) %s in %d ms%s", directory.isPresent() ? "Compiled" : "Loaded", current.ruleFiles(),
                current.ruleCount(), directory.map(d -> "from " + d).orElse("compiled when the service was built"),
                (System.nanoTime() - start) / 1_000_000, reload ? "; reloading on change" : "");
    }

    private CompiledRules loadAtStart() {
        if (directory.isPresent()) {
            return load(compile(RuleFiles.fromDirectory(directory.get())));
        }
        return load(PrecompiledRules.fromClasspath(loader).orElseGet(() -> {
            // Only where the classes were compiled without the build's rule step (an IDE, say).
            LOG.warnf("%s is missing, so the rules were not compiled when the service was built: compiling them now", PrecompiledRules.INDEX);
            return compile(RuleFiles.fromClasspath(loader));
        }));
    }

    private CompiledRules compile(List<RuleFile> files) {
        try {
            return RuleCompiler.compile(files, loader);
        } catch (NoClassDefFoundError e) {
            throw new RuleCompilationException(List.of("rules: compiling rules at run time needs the rule compiler, which this build of the "
                    + "service leaves out (" + e.getMessage() + "); see the README, \"Rules at run time\""));
        }
    }

    /** The rule base to evaluate with; with reload on, first rebuilt if a rule file changed. */
    public CompiledRules current() {
        if (reload && System.nanoTime() >= nextCheck) {
            reloadIfChanged();
        }
        return current;
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
