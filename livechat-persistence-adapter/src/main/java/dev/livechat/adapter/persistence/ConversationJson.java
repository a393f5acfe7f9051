package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ChatbotAnswer;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.conversation.Participants;
import dev.livechat.domain.conversation.StatusTransition;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.tag.TagName;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON shapes of a conversation's collections. Sets are written sorted, so that the same set
 * always gives the same text (a save compares texts to know whether its rows changed).
 */
final class ConversationJson {
    record ParticipantJson(String id, String name, String entry, String since, String leftAt) {}

    /** The keys of a status change written before V13, in the order of its array since. */
    private static final List<String> TRANSITION_KEYS =
            List.of("at", "actorKind", "actorId", "actorName", "from", "to", "cause");

    record AnswerJson(String question, String answer) {}

    private ConversationJson() {}

    static String participants(Participants participants) {
        return Json.write(participants.all().stream()
                .map(p -> new ParticipantJson(
                        p.id().value(), p.name(), p.entry().name(), Times.text(p.since()), Times.text(p.leftAt())))
                .toList());
    }

    static Participants participants(String json) {
        return new Participants(Json.list(json, ParticipantJson.class).stream()
                .map(p -> new Participant(
                        UserId.of(p.id()),
                        p.name(),
                        Participant.Entry.valueOf(p.entry()),
                        Times.parse(p.since()),
                        Optional.ofNullable(Times.parse(p.leftAt()))))
                .toList());
    }

    /**
     * Each status change as an array {@code [at, actorKind, actorId, actorName, from, to, cause]}: the
     * row is rewritten with every change of the conversation, and the keys of an object per change
     * were most of its bytes. Rows written before V13 hold objects with these keys; both are read.
     */
    static String history(List<StatusTransition> history) {
        return Json.write(history.stream()
                .map(t -> Arrays.asList(
                        Times.text(t.at()),
                        t.actor().kind().name(),
                        t.actor().user().map(UserId::value).orElse(null),
                        t.actor().name(),
                        t.from().map(Enum::name).orElse(null),
                        t.to().map(Enum::name).orElse(null),
                        t.cause()))
                .toList());
    }

    static List<StatusTransition> history(String json) {
        return Json.list(json, Object.class).stream()
                .map(ConversationJson::values)
                .map(t -> new StatusTransition(
                        Times.parse(t.get(0)),
                        new Actor(
                                Actor.Kind.valueOf(t.get(1)),
                                Optional.ofNullable(t.get(2)).map(UserId::of),
                                t.get(3)),
                        Optional.ofNullable(t.get(4)).map(ConversationStatus::valueOf),
                        Optional.ofNullable(t.get(5)).map(ConversationStatus::valueOf),
                        t.get(6)))
                .toList();
    }

    private static List<String> values(Object transition) {
        List<?> values = transition instanceof Map<?, ?> old
                ? TRANSITION_KEYS.stream().map(old::get).toList()
                : (List<?>) transition;
        return values.stream().map(v -> v == null ? null : v.toString()).toList();
    }

    static String answers(List<ChatbotAnswer> answers) {
        return Json.write(answers.stream()
                .map(a -> new AnswerJson(a.question(), a.answer()))
                .toList());
    }

    static List<ChatbotAnswer> answers(String json) {
        return Json.list(json, AnswerJson.class).stream()
                .map(a -> new ChatbotAnswer(a.question(), a.answer()))
                .toList();
    }

    static String tags(Set<TagName> tags) {
        return Json.write(tags.stream().sorted().map(TagName::value).toList());
    }

    static Set<TagName> tags(String json) {
        return names(json, TagName::of);
    }

    static String expertise(Collection<ExpertiseName> expertise) {
        return Json.write(expertise.stream()
                .sorted(Comparator.naturalOrder())
                .map(ExpertiseName::value)
                .toList());
    }

    static Set<ExpertiseName> expertise(String json) {
        return names(json, ExpertiseName::of);
    }

    static String strings(List<String> values) {
        return Json.write(values);
    }

    static List<String> strings(String json) {
        return Json.list(json, String.class);
    }

    private static <T> Set<T> names(String json, Function<String, T> name) {
        Set<T> names = new LinkedHashSet<>();
        for (String value : Json.list(json, String.class)) names.add(name.apply(value));
        return names;
    }
}
