package dev.livechat.domain.assignment;

import dev.livechat.domain.expertise.ExpertiseMatch;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One condition a tier puts on an operator; a tier applies only when the visitor gave what it needs. */
enum Criterion {
    LANGUAGE {
        @Override
        boolean applicable(AssignmentRequest request) {
            return request.language().isPresent();
        }

        @Override
        boolean admits(AssignmentRequest request, Operator operator) {
            return operator.speaks(request.language().orElseThrow());
        }

        @Override
        String describe(AssignmentRequest request) {
            return "speaks " + request.language().orElseThrow().primary();
        }

        @Override
        String whyNot(AssignmentRequest request, Operator operator) {
            return "does not speak " + request.language().orElseThrow().primary();
        }
    },
    COUNTRY {
        @Override
        boolean applicable(AssignmentRequest request) {
            return request.country().isPresent();
        }

        @Override
        boolean admits(AssignmentRequest request, Operator operator) {
            return operator.country().equals(request.country());
        }

        @Override
        String describe(AssignmentRequest request) {
            return "in country " + request.country().orElseThrow();
        }

        @Override
        String whyNot(AssignmentRequest request, Operator operator) {
            return "not in country " + request.country().orElseThrow();
        }
    },
    ALL_EXPERTISE {
        @Override
        boolean applicable(AssignmentRequest request) {
            return !request.expertise().isEmpty();
        }

        @Override
        boolean admits(AssignmentRequest request, Operator operator) {
            return ExpertiseMatch.coversAll(request.expertise(), operator.expertise());
        }

        @Override
        String describe(AssignmentRequest request) {
            return "has all of expertise " + list(request.expertise());
        }

        @Override
        String whyNot(AssignmentRequest request, Operator operator) {
            Set<ExpertiseName> missing = new TreeSet<>(request.expertise());
            missing.removeAll(operator.expertise());
            return "lacks expertise " + list(missing);
        }
    },
    SOME_EXPERTISE {
        @Override
        boolean applicable(AssignmentRequest request) {
            return !request.expertise().isEmpty();
        }

        @Override
        boolean admits(AssignmentRequest request, Operator operator) {
            return ExpertiseMatch.matches(request.expertise(), operator.expertise());
        }

        @Override
        String describe(AssignmentRequest request) {
            return "has some of expertise " + list(request.expertise());
        }

        @Override
        String whyNot(AssignmentRequest request, Operator operator) {
            return "has none of expertise " + list(request.expertise());
        }
    };

    /** This criterion in a bit set of the criteria an operator meets (see {@link TierMatcher}). */
    int bit() {
        return 1 << ordinal();
    }

    abstract boolean applicable(AssignmentRequest request);

    /** One operator at a time, for the trace; {@link TierMatcher} does the same without allocating. */
    abstract boolean admits(AssignmentRequest request, Operator operator);

    abstract String describe(AssignmentRequest request);

    abstract String whyNot(AssignmentRequest request, Operator operator);

    /** Sorted, so that a trace reads the same whatever the order of a set. */
    private static String list(Collection<ExpertiseName> names) {
        return new TreeSet<>(names).stream().map(ExpertiseName::value).collect(Collectors.joining(", "));
    }
}
