package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;

/** One step of the bot script that forwarded the chat: the question and the answer the visitor chose. */
public record ChatbotAnswer(String question, String answer) {
    public ChatbotAnswer {
        question = Require.text("question", question, 500);
        answer = Require.text("answer", answer, 500);
    }
}
