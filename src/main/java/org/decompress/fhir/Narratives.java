package org.decompress.fhir;

import java.util.List;
import java.util.function.Function;
import org.decompress.language.Language;
import org.decompress.language.Markup;

/**
 * A resource's generated narrative (FHIR R4 Narrative, status {@code generated}: an XHTML {@code div}
 * in the XHTML namespace, in the resource's language), built only from the words the resource already holds, so an EHR can show
 * it as it is (dom-6: a resource should have narrative for robust management).
 */
final class Narratives {

    private Narratives() {
    }

    /** {@code <p><b>title</b></p>}, then the items as an ordered list, the ones left out under their heading, and the paragraphs. */
    static Fhir.Narrative of(Language language, String title, List<String> items, String leftOutHeading, List<String> leftOut, List<String> paragraphs) {
        Div div = new Div(language).title(title).list("ol", items, Function.identity());
        if (!leftOut.isEmpty()) {
            div.title(leftOutHeading).list("ul", leftOut, Function.identity());
        }
        return div.paragraphs(paragraphs).done();
    }

    /** The title, the paragraphs, then the items as a bulleted list. */
    static Fhir.Narrative of(Language language, String title, List<String> paragraphs, List<String> items) {
        return new Div(language).title(title).paragraphs(paragraphs).list("ul", items, Function.identity()).done();
    }

    /** A Questionnaire's: its title, then its groups and questions as nested ordered lists (help texts left out). */
    static Fhir.Narrative ofItems(Language language, String title, List<FhirQuestionnaires.Item> items) {
        return new Div(language).title(title).items(items).done();
    }

    /** A CodeSystem's: its title, then each concept as its code and display (a concept's own concepts under it). */
    static Fhir.Narrative ofConcepts(Language language, String title, List<FhirCodeSystems.Concept> concepts) {
        return new Div(language).title(title).concepts(concepts).done();
    }

    /**
     * The XHTML, written in order; every word escaped. A resource with a {@code language} says it on its
     * div too, as both {@code lang} and {@code xml:lang} (FHIR R4 Narrative, 2.4.0.3, and W3C "Language
     * tags in HTML and XML"); {@code null}: a resource without one.
     */
    private static final class Div {

        private final StringBuilder xhtml = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"");

        Div(Language language) {
            if (language != null) {
                xhtml.append(" lang=\"").append(Markup.escaped(language.tag())).append("\" xml:lang=\"").append(Markup.escaped(language.tag())).append('"');
            }
            xhtml.append('>');
        }

        Div title(String title) {
            if (title != null) {
                xhtml.append("<p><b>").append(Markup.escaped(title)).append("</b></p>");
            }
            return this;
        }

        Div paragraphs(List<String> paragraphs) {
            paragraphs.forEach(p -> xhtml.append("<p>").append(Markup.escaped(p)).append("</p>"));
            return this;
        }

        <T> Div list(String tag, List<T> entries, Function<T, String> words) {
            if (!entries.isEmpty()) {
                xhtml.append('<').append(tag).append('>');
                entries.forEach(e -> xhtml.append("<li>").append(Markup.escaped(words.apply(e))).append("</li>"));
                xhtml.append("</").append(tag).append('>');
            }
            return this;
        }

        Div items(List<FhirQuestionnaires.Item> items) {
            List<FhirQuestionnaires.Item> shown = items.stream().filter(i -> !"display".equals(i.type())).toList();
            if (!shown.isEmpty()) {
                xhtml.append("<ol>");
                for (FhirQuestionnaires.Item item : shown) {
                    xhtml.append("<li>").append(Markup.escaped(item.text()));
                    if (item.item() != null) {
                        items(item.item());
                    }
                    xhtml.append("</li>");
                }
                xhtml.append("</ol>");
            }
            return this;
        }

        Div concepts(List<FhirCodeSystems.Concept> concepts) {
            if (concepts != null && !concepts.isEmpty()) {
                xhtml.append("<ul>");
                for (FhirCodeSystems.Concept concept : concepts) {
                    xhtml.append("<li><code>").append(Markup.escaped(concept.code())).append("</code>: ").append(Markup.escaped(concept.display()));
                    concepts(concept.concept());
                    xhtml.append("</li>");
                }
                xhtml.append("</ul>");
            }
            return this;
        }

        Fhir.Narrative done() {
            return new Fhir.Narrative("generated", xhtml.append("</div>").toString());
        }
    }
}
