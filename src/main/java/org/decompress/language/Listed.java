package org.decompress.language;

/**
 * An answer that every language names and that a sentence lists as "a chair and an armchair" when a
 * wording is given several of them ({@link ContentWords} joins their words with the key {@code <kind>.and}).
 * It lets the words of a kind of answer live with the answers themselves, below which this package sits.
 */
public interface Listed {

    /** The kind of answer, the first part of its keys: {@code equipment} for {@code equipment.CHAIR}. */
    String kind();

    /** The name of this answer within its kind: the second part of its key. */
    String name();
}
