package org.decompress.rulebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.decompress.config.OpenApiExamples;

/**
 * The screen's decisions as one reviewed table ({@code rules/decision-table.tsv}): every condition
 * and circumstance the questionnaire knows down, every form of every catalog exercise across, each
 * cell decided (ruled out, allowed with a caution, allowed, favoured, or no exercise at all because
 * the person is referred), each with its primary source (a key of {@code rules/sources.tsv}, or
 * {@code consensus}: the project's clinical consensus where no source speaks to the cell). The rules
 * stay the executable truth; a test holds them to this table, and a cell left empty, a form or a
 * condition without its column or row, or a form whose traits changed since the table was decided,
 * fails the build.
 *
 * <p>The file: {@code #} lines are comments; the first line names the columns ({@code circumstance},
 * {@code answers}, {@code outcome}, then one per form, {@code exercise} or {@code exercise/variant});
 * the line {@code traits} records each form's traits as they were when its column was decided; each
 * further line is one circumstance: its id, its answers (JSON, read over the {@code baseline} row's),
 * its outcome ({@code PLAN}, {@code PLAN+NOTE}, {@code PLAN+WARNING}, {@code PLAN+NOTE+WARNING} or
 * {@code REFER:URGENCY}, with its source) and one cell per form ({@code OUT acog-804}).
 */
public record DecisionTable(List<String> forms, Map<String, String> traits, List<Row> rows) {

    public static final String RESOURCE = "rules/decision-table.tsv";
    /** The row every other row's answers are read over: a person for whom every form is possible. */
    public static final String BASELINE = "baseline";
    /** A source key that says no published source speaks to the cell: the project's clinical consensus. */
    public static final String CONSENSUS = "consensus";

    private static final List<String> FIXED = List.of("circumstance", "answers", "outcome");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public DecisionTable {
        forms = List.copyOf(forms);
        traits = Map.copyOf(traits);
        rows = List.copyOf(rows);
    }

    /** What a cell decides for one form. */
    @Schema(description = "OUT: ruled out; CAUTION: allowed with a caution; OK: allowed; FAVOUR: favoured (or, for the sitting technique, "
            + "added); REFER: no exercise, the person is referred")
    public enum Decision {
        OUT, CAUTION, OK, FAVOUR, REFER;

        /** How a page names it: {@code out}, {@code caution}... */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One decision with the sources it rests on. */
    @Schema(description = "One cell: what it decides for the form, and the keys of the sources it rests on (consensus: no published source speaks to it)",
            example = OpenApiExamples.DECISION_TABLE_CELL)
    public record Cell(Decision decision, List<String> sources) {

        public Cell {
            sources = List.copyOf(sources);
        }

        public boolean consensus() {
            return sources.contains(CONSENSUS);
        }
    }

    /** What happens to the person as a whole: a plan (with a note or warning of its own), or a referral and how urgent. */
    public record Outcome(String kind, String urgency, List<String> sources) {

        public Outcome {
            sources = List.copyOf(sources);
        }

        public boolean refers() {
            return kind.equals("REFER");
        }

        public boolean note() {
            return kind.contains("NOTE");
        }

        public boolean warning() {
            return kind.contains("WARNING");
        }

        /** As the table writes it: {@code REFER:SOON}, {@code PLAN+NOTE}. */
        public String written() {
            return refers() ? kind + ":" + urgency : kind;
        }
    }

    /** One circumstance: its id, its answers (over the baseline's), its outcome and a cell per form, in the order of {@link #forms}. */
    public record Row(String id, String answers, Outcome outcome, List<Cell> cells, int line) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A row's answers over the baseline row's: the person the row stands for, as JSON the API accepts. */
    public ObjectNode answersOf(Row row) {
        try {
            ObjectNode merged = (ObjectNode) JSON.readTree(row(BASELINE).orElseThrow(() -> new IllegalArgumentException("no baseline row")).answers())
                    .deepCopy();
            JsonNode own = JSON.readTree(row.answers());
            if (!own.isObject()) {
                throw new IllegalArgumentException(row.id() + ": answers must be a JSON object");
            }
            own.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
            return merged;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(row.id() + ": answers are not JSON: " + e.getOriginalMessage());
        }
    }

    public Cell cell(Row row, String form) {
        int column = forms.indexOf(form);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + form);
        }
        return row.cells().get(column);
    }

    /** How many cells hold each decision (the outcome column not counted). */
    public Map<Decision, Integer> census() {
        Map<Decision, Integer> counts = new LinkedHashMap<>();
        for (Decision decision : Decision.values()) {
            counts.put(decision, 0);
        }
        rows.forEach(row -> row.cells().forEach(cell -> counts.merge(cell.decision(), 1, Integer::sum)));
        return counts;
    }

    /** The table on this class loader's classpath, if there is one. */
    public static Optional<DecisionTable> fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads the table; every malformed line, unknown decision or empty cell is named with its line and column. */
    public static DecisionTable parse(String text) {
        List<String> problems = new ArrayList<>();
        List<String> forms = null;
        Map<String, String> traits = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            int number = n + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (forms == null) {
                if (fields.length <= FIXED.size() || !List.of(fields).subList(0, FIXED.size()).equals(FIXED)) {
                    problems.add("line " + number + ": the first line names the columns: " + String.join(", ", FIXED) + ", then one per form");
                    break;
                }
                forms = List.of(fields).subList(FIXED.size(), fields.length);
                continue;
            }
            if (fields.length != FIXED.size() + forms.size()) {
                problems.add("line " + number + ": " + fields.length + " columns, where the first line names " + (FIXED.size() + forms.size()));
                continue;
            }
            if (fields[0].equals("traits")) {
                for (int c = 0; c < forms.size(); c++) {
                    traits.put(forms.get(c), fields[FIXED.size() + c].strip());
                }
                continue;
            }
            String id = fields[0].strip();
            if (!ID.matcher(id).matches()) {
                problems.add("line " + number + ": '" + id + "' is not a circumstance id (lower-case words joined by hyphens)");
                continue;
            }
            Outcome outcome = outcome(fields[2].strip(), number, problems);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < forms.size(); c++) {
                cells.add(cell(fields[FIXED.size() + c].strip(), "line " + number + ", " + id + " / " + forms.get(c), problems));
            }
            rows.add(new Row(id, fields[1].strip().isEmpty() ? "{}" : fields[1].strip(), outcome, cells, number));
        }
        if (forms == null && problems.isEmpty()) {
            problems.add("no header line");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + " is not a complete decision table:\n  " + String.join("\n  ", problems));
        }
        return new DecisionTable(forms, traits, rows);
    }

    private static Outcome outcome(String written, int line, List<String> problems) {
        String[] parts = written.split("\\s+");
        String kind = parts[0];
        String urgency = null;
        if (kind.startsWith("REFER:")) {
            urgency = kind.substring("REFER:".length());
            kind = "REFER";
        }
        if (!List.of("PLAN", "PLAN+NOTE", "PLAN+WARNING", "PLAN+NOTE+WARNING", "REFER").contains(kind)
                || kind.equals("REFER") && !List.of("EMERGENCY", "URGENT", "SOON", "ROUTINE").contains(urgency)) {
            problems.add("line " + line + ": outcome '" + written + "' is not PLAN, PLAN+NOTE, PLAN+WARNING, PLAN+NOTE+WARNING or REFER:URGENCY");
        }
        List<String> sources = List.of(parts).subList(1, parts.length);
        if (sources.isEmpty()) {
            problems.add("line " + line + ": outcome '" + written + "' names no source");
        }
        return new Outcome(kind, urgency, sources);
    }

    private static Cell cell(String written, String where, List<String> problems) {
        if (written.isEmpty()) {
            problems.add(where + ": empty: every cell is decided");
            return new Cell(Decision.OUT, List.of());
        }
        String[] parts = written.split("\\s+");
        Decision decision;
        try {
            decision = Decision.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + parts[0] + "' is not one of OUT, CAUTION, OK, FAVOUR, REFER");
            return new Cell(Decision.OUT, List.of());
        }
        List<String> sources = List.of(parts).subList(1, parts.length);
        if (sources.isEmpty() && decision != Decision.REFER) {
            problems.add(where + ": " + decision + " names no source (a key of rules/sources.tsv, or " + CONSENSUS + ")");
        }
        return new Cell(decision, sources);
    }
}
