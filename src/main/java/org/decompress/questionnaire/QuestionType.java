package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** How a question is answered. */
@Schema(description = "How a question is answered.")
public enum QuestionType {
    /** Any number of the options (a JSON array of option values). */
    MULTI_CHOICE,
    /** One of the options (a JSON string). */
    SINGLE_CHOICE,
    /** Yes or no (a JSON boolean). */
    BOOLEAN,
    /** A whole number between min and max. */
    INTEGER
}
