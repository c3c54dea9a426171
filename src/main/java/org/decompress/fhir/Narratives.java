package org.decompress.fhir;

import org.decompress.language.Markup;
import java.util.List;

/**
 * A resource's generated narrative (FHIR R4 Narrative, status {@code generated}: an XHTML {@code div}
 * in the XHTML namespace), built only from the words the resource already holds, so an EHR can show
 * it as it is (dom-6: a resource should have narrative for robust management).
 */
final class Narratives {

    private Narratives() {
    }

    /** {@code <p><b>title</b></p>}, then the items as an ordered list, the ones left out under their heading, and the paragraphs. */
    static Fhir.Narrative of(String title, List<String> items, String leftOutHeading, List<String> leftOut, List<String> paragraphs) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        div.append("<p><b>").append(Markup.escaped(title)).append("</b></p>");
        if (!items.isEmpty()) {
            div.append("<ol>");
            items.forEach(i -> div.append("<li>").append(Markup.escaped(i)).append("</li>"));
            div.append("</ol>");
        }
        if (!leftOut.isEmpty()) {
            div.append("<p><b>").append(Markup.escaped(leftOutHeading)).append("</b></p><ul>");
            leftOut.forEach(i -> div.append("<li>").append(Markup.escaped(i)).append("</li>"));
            div.append("</ul>");
        }
        paragraphs.forEach(p -> div.append("<p>").append(Markup.escaped(p)).append("</p>"));
        return new Fhir.Narrative("generated", div.append("</div>").toString());
    }
}
