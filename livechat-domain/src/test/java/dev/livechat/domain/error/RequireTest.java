package dev.livechat.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTest {
    @Test
    void anIdHoldsLettersDigitsAndDotUnderscoreColonDash() {
        assertThat(Require.id("id", " Ab-9._:z ")).isEqualTo("Ab-9._:z");
        for (String wrong : List.of("a b", "é", "a/b", "a+b", "a@b", "{x}", "a\u0000"))
            assertThatThrownBy(() -> Require.id("id", wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("may hold only");
        assertThatThrownBy(() -> Require.id("id", "   ")).isInstanceOf(InvalidValueException.class);
    }
}
