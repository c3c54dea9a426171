package org.decompress.language;

/** Words placed in XML or HTML markup (a figure's SVG, a FHIR narrative, a report): the markup characters as entities. */
public final class Markup {

    private Markup() {
    }

    /** The text as character data or an attribute value; nothing ({@code null}) as nothing. */
    public static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
