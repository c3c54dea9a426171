package org.decompress.problem;

import jakarta.ws.rs.NotFoundException;
import org.decompress.language.Wording;

/** A 404 that says what is missing, in the reader's language ("No exercise has the id 'handstand'."). */
public final class Missing extends NotFoundException {

    private final transient Wording what;

    public Missing(Wording what) {
        super("not found");
        this.what = what;
    }

    public Wording what() {
        return what;
    }
}
