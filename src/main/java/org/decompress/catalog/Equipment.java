package org.decompress.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.StringJoiner;

/** Things an exercise may need; the questionnaire asks which of them a person has. */
@Schema(description = "Something an exercise needs and a person may have.")
public enum Equipment {
    CHAIR("a chair"),
    ARMCHAIR("an armchair"),
    TWO_STURDY_CHAIRS("two sturdy chairs or a kitchen bench"),
    EXERCISE_BALL("a large exercise ball"),
    OVERHEAD_BAR("a bar above head height"),
    BLOCK_OR_TOWEL("a block or a towel to roll up"),
    CHAIR_WITH_BACKREST("a chair with a back rest"),
    INVERSION_TABLE("an inversion table"),
    ANTI_GRAVITY_BOOTS("anti-gravity boots"),
    TRACTION_DEVICE("a mechanical traction device"),
    LUMBAR_BELT("a lumbar decompression belt");

    private final String phrase;

    Equipment(String phrase) {
        this.phrase = phrase;
    }

    /** How a sentence names the item, for example "an armchair". */
    public String phrase() {
        return phrase;
    }

    /** "a chair and an armchair", in the enum's order so the wording never depends on input order. */
    public static String phrases(Collection<Equipment> items) {
        StringJoiner phrases = new StringJoiner(" and ");
        for (Equipment item : items instanceof EnumSet<Equipment> set ? set : sortedCopy(items)) {
            phrases.add(item.phrase());
        }
        return phrases.toString();
    }

    private static Collection<Equipment> sortedCopy(Collection<Equipment> items) {
        return items.isEmpty() ? List.of() : EnumSet.copyOf(items);
    }
}
