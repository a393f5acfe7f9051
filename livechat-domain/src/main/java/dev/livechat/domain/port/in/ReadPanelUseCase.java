package dev.livechat.domain.port.in;

import dev.livechat.domain.panel.Panel;

/** The information panel of any conversation, for a live chat user. */
public interface ReadPanelUseCase {
    Panel panel(ConversationCommand command);
}
