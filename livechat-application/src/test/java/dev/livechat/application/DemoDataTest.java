package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.port.in.ListConversationsCommand;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final InMemoryStore store = new InMemoryStore(clock);
    private final LiveChat chat = LiveChat.builder()
            .storage(store.ports())
            .mailer(new RecordingMailer())
            .clock(clock)
            .build();
    private final String token = "demo-manager-token-0123456789";

    @Test
    void seedsConversationsInEveryStatusAndOutcome() {
        var seeded = new DemoData(chat).seedIfEmpty(token);

        assertThat(seeded).isPresent();
        assertThat(seeded.get().lines()).hasSize(4).allMatch(line -> line.contains("token "));
        List<ConversationSummary> all = everything();
        assertThat(all.stream()
                        .map(summary -> summary.lifecycle().status())
                        .flatMap(Optional::stream)
                        .distinct())
                .containsExactlyInAnyOrder(ConversationStatus.values());
        assertThat(all.stream()
                        .map(summary -> summary.lifecycle().outcome())
                        .flatMap(Optional::stream)
                        .distinct())
                .containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void seedsOnlyAnEmptyDatabase() {
        assertThat(new DemoData(chat).seedIfEmpty(token)).isPresent();
        int before = everything().size();

        assertThat(new DemoData(chat).seedIfEmpty(token)).isEmpty();
        assertThat(everything()).hasSize(before);
    }

    private List<ConversationSummary> everything() {
        Caller manager = chat.authenticate().authenticate(token).orElseThrow();
        List<ConversationSummary> lines = new java.util.ArrayList<>(list(manager, Optional.empty()));
        lines.addAll(list(manager, Optional.of(ConversationStatus.LOOKING_FOR_HELP)));
        return lines.stream().filter(Objects::nonNull).toList();
    }

    private List<ConversationSummary> list(Caller manager, Optional<ConversationStatus> status) {
        return chat.list()
                .list(new ListConversationsCommand(
                        manager, status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 500));
    }
}
