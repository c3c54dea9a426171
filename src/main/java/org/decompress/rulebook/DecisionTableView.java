package org.decompress.rulebook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.decompress.catalog.Catalog;
import org.decompress.catalog.Exercise;
import org.decompress.language.ContentWords;
import org.decompress.language.Wording;
import org.decompress.rulebook.DecisionTable.Cell;
import org.decompress.rulebook.DecisionTable.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;

/**
 * The decision table as the rule book shows it: circumstances down, exercise forms across, each cell
 * its decision and sources, the sources with their citations.
 */
@Schema(description = "The decision table: every circumstance the screen knows against every exercise form, each cell decided with its sources",
        example = OpenApiExamples.DECISION_TABLE)
public record DecisionTableView(List<Column> columns, List<RowView> rows, Map<DecisionTable.Decision, Integer> census, int cells,
        List<SourceList.Source> sources, Map<DecisionTable.Decision, String> decisionWords) {

    /** One form of one exercise: its column id ({@code knees-to-chest/one-leg}), the exercise's name, the variant's, and the traits decided. */
    @Schema(description = "One exercise form: its column id, the exercise's and the variant's names, its traits when the column was decided",
            example = OpenApiExamples.DECISION_TABLE_COLUMN)
    public record Column(String id, String exercise, String variant, String traits) {
    }

    /** One circumstance: its id, a title, the answers that make it (over the baseline's), the outcome (as written, and in words) and a cell per column. */
    @Schema(description = "One circumstance: id, title, answers (over the baseline's), outcome as the table writes it and in the book's words, "
            + "its sources, one cell per column",
            example = OpenApiExamples.DECISION_TABLE_ROW)
    public record RowView(String id, String title, String answers, String outcome, String outcomeTitle, List<String> outcomeSources,
            List<Cell> cells) {

        /** The section a row belongs to, for the index: its first words. */
        public String group() {
            int gap = id.indexOf('-');
            return gap < 0 ? id : id.substring(0, gap);
        }
    }

    /** The table in the words of one language: its catalog's names for the forms, its files' for circumstances, outcomes and decisions. */
    static DecisionTableView of(DecisionTable table, SourceList sources, Catalog catalog, ContentWords words) {
        List<Column> columns = new ArrayList<>();
        for (String form : table.forms()) {
            int slash = form.indexOf('/');
            Exercise exercise = catalog.get(slash < 0 ? form : form.substring(0, slash));
            String variant = slash < 0 ? null : exercise.variant(form.substring(slash + 1)).map(v -> v.name()).orElse(form.substring(slash + 1));
            columns.add(new Column(form, exercise.name(), variant, table.traits().getOrDefault(form, "")));
        }
        List<RowView> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            String outcome = row.outcome().written();
            rows.add(new RowView(row.id(), words.format(Wording.ofRuleBook("circumstance." + row.id(), title(row.id()))), row.answers(), outcome,
                    words.format(Wording.ofRuleBook("outcome." + outcome.toLowerCase(Locale.ROOT).replaceAll("[+:]", "-"), outcome)),
                    row.outcome().sources(), row.cells()));
        }
        Map<DecisionTable.Decision, String> decisionWords = new EnumMap<>(DecisionTable.Decision.class);
        for (DecisionTable.Decision decision : DecisionTable.Decision.values()) {
            decisionWords.put(decision, words.format(Wording.ofRuleBook("decision." + decision.word(), decision.word())));
        }
        int cells = table.rows().size() * table.forms().size();
        return new DecisionTableView(columns, rows, table.census(), cells, List.copyOf(sources.sources().values()), java.util.Collections.unmodifiableMap(decisionWords));
    }

    /** {@code pregnancy-from-20-weeks}: "Pregnancy from 20 weeks", while a new circumstance has no words of its own (dev mode). */
    static String title(String id) {
        String words = id.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
