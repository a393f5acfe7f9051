package dev.livechat.domain.canned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateTest {
    static final Map<String, String> VALUES = Map.of(
            Template.VISITOR_NAME, "Claire", Template.OPERATOR_NAME, "Ana", Template.CHANNEL_NAME, "Web $1 support");

    @Test
    void everyKnownPlaceholderIsFilledInAsLiteralText() {
        Template t = Template.of("Hello {visitor.name}, {operator.name} of {channel.name} here. {visitor.name}?");

        assertThat(t.expand(VALUES, "cannedResponse").value())
                .isEqualTo("Hello Claire, Ana of Web $1 support here. Claire?");
    }

    @Test
    void bracesThatAreNoDottedNameArePlainText() {
        Template t = Template.of("Use code {1234} or {} or {name} or { visitor.name }");

        assertThat(t.expand(VALUES, "cannedResponse").value()).isEqualTo(t.value());
    }

    @Test
    void anUnknownPlaceholderIsRefusedWhenSavedNamingTheBody() {
        assertThatThrownBy(() -> Template.of("Hi {vistor.name}"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"))
                .hasMessageContaining("{vistor.name}");
    }

    @Test
    void aTemplateThatExpandsPastTheLimitOfAMessageIsRefusedNamingTheField() {
        Template t = Template.of("{visitor.name}".repeat(700));

        assertThatThrownBy(() -> t.expand(Map.of(Template.VISITOR_NAME, "Maximilian-Alexander"), "cannedResponse"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cannedResponse"));
        assertThat(t.expand(Map.of(Template.VISITOR_NAME, "Max"), "cannedResponse")
                        .value())
                .hasSize(2_100)
                .hasSizeLessThanOrEqualTo(MessageBody.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "refund!", "é", "abcdefghijklmnopqrstuvwxyz0123456"})
    void shortcutsAreOneTo32LettersDigitsDashesOrUnderscores(String bad) {
        assertThatThrownBy(() -> Shortcut.of(bad))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shortcut"));
    }

    @Test
    void shortcutsCompareWithoutCase() {
        assertThat(Shortcut.of("Refund_2-b").key()).isEqualTo("refund_2-b");
        assertThat(Shortcut.of("abcdefghijklmnopqrstuvwxyz012345").value()).hasSize(32);
    }
}
