package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.livechatUser;

import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.ReadHistoryUseCase;
import dev.livechat.domain.port.out.ConversationHistoryPort;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.TransactionPort;
import java.util.List;

/** Reads a conversation's history; any live chat user may, as they may read its panel. */
public final class HistoryService implements ReadHistoryUseCase {
    private final LoadConversationPort conversations;
    private final ConversationHistoryPort history;
    private final TransactionPort transactions;

    public HistoryService(
            LoadConversationPort conversations, ConversationHistoryPort history, TransactionPort transactions) {
        this.conversations = conversations;
        this.history = history;
        this.transactions = transactions;
    }

    @Override
    public List<HistoryEntry> history(ConversationCommand command) {
        livechatUser(command.caller(), "read a conversation's history");
        return transactions.inTransaction(() -> {
            conversations.require(command.conversation());
            return history.historyOf(command.conversation());
        });
    }
}
