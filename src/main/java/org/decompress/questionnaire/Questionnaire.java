package org.decompress.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.decompress.config.OpenApiExamples;

/** The whole questionnaire, as served by {@code GET /api/questionnaire} and rendered by the web page. */
@Schema(description = "The questions in groups, in the order the page shows them.", example = OpenApiExamples.QUESTIONNAIRE)
public record Questionnaire(List<QuestionGroup> groups, List<Question> questions) {

    public Questionnaire {
        groups = List.copyOf(groups);
        questions = List.copyOf(questions);
    }

    /** The question whose answer field is {@code id}, if there is one. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<Question> questionsIn(String groupId) {
        return questions.stream().filter(q -> q.group().equals(groupId)).toList();
    }
}
