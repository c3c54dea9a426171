package org.decompress.questionnaire;

import java.util.List;

/** The whole questionnaire, as served by {@code GET /api/questionnaire} and rendered by the web page. */
public record Questionnaire(List<QuestionGroup> groups, List<Question> questions) {

    public Questionnaire {
        groups = List.copyOf(groups);
        questions = List.copyOf(questions);
    }

    public List<Question> questionsIn(String groupId) {
        return questions.stream().filter(q -> q.group().equals(groupId)).toList();
    }
}
