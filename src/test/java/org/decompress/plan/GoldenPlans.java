package org.decompress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The golden fixture ({@link GoldenPlansTest}) for tests that replay its answer sets. */
public final class GoldenPlans {

    static final String RESOURCE = "golden/plans.tsv.gz";

    private GoldenPlans() {
    }

    /** Every case: the answers' JSON, and the English plan's JSON the fixture holds for them. */
    public static List<String[]> cases() throws IOException {
        InputStream resource = GoldenPlans.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(resource).as(RESOURCE + " on the test classpath").isNotNull();
        List<String[]> cases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                cases.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        return cases;
    }

    /**
     * The cases the API accepts, whose fixture holds a plan or a referral rather than the problem the API answers to
     * answers it refuses (such as weeks of pregnancy without pregnancy).
     */
    public static List<String[]> accepted() throws IOException {
        List<String[]> accepted = new ArrayList<>(cases());
        accepted.removeIf(c -> c[1].startsWith("{\"type\""));
        return accepted;
    }
}
