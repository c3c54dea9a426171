package org.decompress.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Plan links as the questionnaire writes them: the page asks every safety question and pre-fills
 * none, so a link the tests write by hand gets the safety answers it does not give itself ("none of
 * these", no leg symptoms, able to get down to the floor), and a test says only what it is about.
 */
public final class Links {

    private Links() {
    }

    /** {@code /plan?painLevel=4&conditions=KNEE} with {@code redFlags=NONE}, {@code legSymptoms=NONE} and {@code canGetOnFloor=true} added. */
    public static String answered(String link) {
        int question = link.indexOf('?');
        String query = question < 0 ? "" : link.substring(question + 1);
        List<String> more = new ArrayList<>();
        for (String[] safety : new String[][] {{"redFlags", "NONE"}, {"conditions", "NONE"}, {"legSymptoms", "NONE"}, {"canGetOnFloor", "true"}}) {
            if (!gives(query, safety[0]) && !(safety[0].equals("legSymptoms") && gives(query, "painIntoLeg"))) {
                more.add(safety[0] + "=" + safety[1]);
            }
        }
        if (more.isEmpty()) {
            return link;
        }
        return link + (question < 0 ? "?" : "&") + String.join("&", more);
    }

    private static boolean gives(String query, String name) {
        return ("&" + query).contains("&" + name + "=");
    }
}
