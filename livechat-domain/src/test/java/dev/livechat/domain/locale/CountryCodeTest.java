package dev.livechat.domain.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"BE", "FR", "US", "JP", "BR"})
    void isoCountryCodesAreAccepted(String code) {
        assertThat(CountryCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"be, BE", "Fr, FR", "' nl ', NL"})
    void codesAreUpperCasedAndTrimmed(String given, String normalised) {
        assertThat(CountryCode.of(given).value()).isEqualTo(normalised);
    }

    @Test
    void codesThatDifferOnlyInCaseAreEqual() {
        assertThat(CountryCode.of("be")).isEqualTo(CountryCode.of("BE"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "B", "BEL", "XX", "ZZ", "1A", "B-"})
    void anythingButAnIsoCodeIsRefusedNamingTheField(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("country"));
    }

    @Test
    void unknownCodeIsQuotedInTheMessage() {
        assertThatThrownBy(() -> CountryCode.of("XX"))
                .hasMessage("country: 'XX' is not an ISO 3166-1 alpha-2 country code");
    }
}
