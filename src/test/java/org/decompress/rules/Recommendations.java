package org.decompress.rules;

import java.util.List;
import java.util.Optional;
import org.decompress.recommendation.Cooldown;
import org.decompress.recommendation.Reason;
import org.decompress.recommendation.Recommendation;

/** What the rule tests read from a recommendation about one exercise (the service reads the plan instead). */
final class Recommendations {

    private Recommendations() {
    }

    static List<Reason> reasonsOf(Recommendation recommendation, String exerciseId) {
        return recommendation.reasons().stream().filter(r -> r.exerciseId().equals(exerciseId)).toList();
    }

    static Optional<Cooldown> cooldownAfter(Recommendation recommendation, String exerciseId) {
        return recommendation.cooldowns().stream().filter(c -> c.afterExerciseId().equals(exerciseId)).findFirst();
    }
}
