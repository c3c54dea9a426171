package org.decompress.questionnaire;

/** What bending in one direction does to the pain. */
public enum BendingEffect {
    BETTER, WORSE, NO_CHANGE, UNSURE
}
