package org.decompress.config;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a start runs the checks on the data files (the catalog and questionnaire in every language,
 * the message files, the figures) or trusts the build, which ran the same checks on the same files.
 */
public enum FileChecks {
    /** Every check runs: a broken file stops the start with its message. */
    RUN,
    /** The files are byte for byte those the build checked: they are read, not checked again. */
    TRUSTED;

    public boolean run() {
        return this == RUN;
    }

    /** Why a start decided as it did (a sentence for the log). */
    public record Decision(FileChecks checks, String why) {
    }

    /**
     * Trusts the build only in the packaged service ({@code mode} normal) with no folder read at run
     * time ({@code runTimeFolder}: rules from a folder, as dev mode reads them) and files whose
     * fingerprint is the one the build recorded; otherwise every check runs.
     */
    public static Decision decide(LaunchMode mode, boolean runTimeFolder, ClassLoader loader) {
        if (mode != LaunchMode.NORMAL) {
            return new Decision(RUN, "the " + mode.getDefaultProfile() + " profile, where files change, checks them at every start");
        }
        if (runTimeFolder) {
            return new Decision(RUN, "a folder is read at run time (decompress.rules.directory)");
        }
        Optional<? extends Map<String, String>> recorded = CheckedFiles.recorded(loader);
        if (recorded.isEmpty()) {
            return new Decision(RUN, CheckedFiles.RESOURCE + " is missing: the build did not check these files");
        }
        List<String> changed = CheckedFiles.differences(recorded.get(), CheckedFiles.fingerprint(loader));
        if (!changed.isEmpty()) {
            return new Decision(RUN, "these files are not the ones the build checked: " + String.join(", ", changed));
        }
        return new Decision(TRUSTED, recorded.get().size() + " data files are the ones the build checked");
    }
}
