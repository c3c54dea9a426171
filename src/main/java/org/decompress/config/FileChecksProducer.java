package org.decompress.config;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Decides once per start whether the data files are checked again (see {@link FileChecks}). */
public class FileChecksProducer {

    private static final Logger LOG = Logger.getLogger(FileChecksProducer.class);

    @Produces
    @Singleton
    FileChecks fileChecks(DecompressConfig config) {
        long start = System.nanoTime();
        FileChecks.Decision decision = FileChecks.decide(LaunchMode.current(), config.rules().directory().isPresent(),
                Thread.currentThread().getContextClassLoader());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (decision.checks().run() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.infof("Checking the data files at this start: %s", decision.why());
        } else {
            LOG.debugf("Data file checks %s at this start (decided in %d ms): %s",
                    decision.checks().run() ? "run" : "skipped", ms, decision.why());
        }
        return decision.checks();
    }
}
