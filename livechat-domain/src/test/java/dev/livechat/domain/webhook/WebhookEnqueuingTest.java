package dev.livechat.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.Webhooks;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.fixtures.InMemoryStore;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.fixtures.RecordingMailer;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.StartConversationCommand;
import dev.livechat.domain.port.in.TagCommand;
import dev.livechat.domain.tag.TagName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation store of {@link Webhooks#enqueuingOn} puts the subscribable events, and only those, in the outbox. */
class WebhookEnqueuingTest {
    @Test
    void aConversationsSubscribableEventsAreEnqueuedInItsOrderWithTheirData() {
        var clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
        var store = new InMemoryStore(clock);
        List<WebhookEvent> enqueued = new ArrayList<>();
        var webhooks = new Webhooks(null, null, enqueued::add, null, WebhookRetry.byDefault(), clock);
        LiveChat chat = LiveChat.builder()
                .storage(webhooks.enqueuingOn(store.ports()))
                .mailer(new RecordingMailer())
                .clock(clock)
                .build();
        chat.users().bootstrapManager("a-long-bootstrap-secret");
        Caller admin =
                chat.authenticate().authenticate("a-long-bootstrap-secret").orElseThrow();
        Channel web = chat.channels().createChannel(admin, "Website", SessionCap.byDefault());

        ConversationId id = chat.start()
                .start(StartConversationCommand.in(web.id())
                        .visitorName("Marie")
                        .build())
                .conversation()
                .id();
        Caller visitor = Caller.visitor(id);
        chat.postVisitorMessage().postVisitorMessage(new PostMessageCommand(visitor, id, MessageBody.of("Bonjour")));
        chat.tags().addTag(new TagCommand(admin, id, TagName.of("vip")));
        chat.close().close(new ConversationCommand(visitor, id));

        assertThat(enqueued).extracting(e -> e.name().value()).contains("conversation.started", "message.posted");
        assertThat(enqueued.get(enqueued.size() - 1).name().value()).isEqualTo("conversation.closed");
        assertThat(enqueued)
                .as("internal events (tags, status) are not for webhooks")
                .allMatch(e -> WebhookEventName.subscribable(e.name().value()));
        assertThat(enqueued).allMatch(e -> e.orderingKey().equals(java.util.Optional.of(id.value())));
        assertThat(enqueued.stream().map(e -> (Long) e.data().get("seq")).toList())
                .isSorted();
        assertThat(enqueued)
                .filteredOn(e -> e.name().value().equals("message.posted"))
                .anyMatch(e -> e.data().toString().contains("Bonjour"));
    }
}
