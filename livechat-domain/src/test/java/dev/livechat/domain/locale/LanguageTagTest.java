package dev.livechat.domain.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-BE", "zh-Hant-TW", "es-419", "de-CH-1996", "haw"})
    void wellFormedTagsAreKeptAsGiven(String value) {
        assertThat(LanguageTag.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"FR, fr", "fr-be, fr-BE", "FR-bE, fr-BE", "zh-hant-tw, zh-Hant-TW", "ZH-HANT, zh-Hant", "' fr ', fr"})
    void tagsAreNormalised(String given, String normalised) {
        assertThat(LanguageTag.of(given).value()).isEqualTo(normalised);
    }

    @Test
    void tagsThatDifferOnlyInCaseAreEqual() {
        assertThat(LanguageTag.of("FR-be")).isEqualTo(LanguageTag.of("fr-BE"));
    }

    @Test
    void primaryIsTheFirstSubtag() {
        assertThat(LanguageTag.of("fr-BE").primary()).isEqualTo("fr");
        assertThat(LanguageTag.of("fr").primary()).isEqualTo("fr");
    }

    @Test
    void regionalVariantsShareTheirPrimarySubtag() {
        assertThat(LanguageTag.of("fr-BE").samePrimaryAs(LanguageTag.of("fr-CA")))
                .isTrue();
        assertThat(LanguageTag.of("fr").samePrimaryAs(LanguageTag.of("fy"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "en_US",
                "f",
                "123",
                "fr-",
                "-fr",
                "fr--BE",
                "toolongprimary",
                "fr-abcdefghi",
                "fr BE",
                "*",
                "fr;q=1"
            })
    void malformedTagsAreRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> LanguageTag.of(value))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("language"));
    }

    @Test
    void tagsLongerThan35CharactersAreRefused() {
        assertThatThrownBy(() -> LanguageTag.of("en-" + "abcdefgh-".repeat(4) + "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 35 characters");
    }
}
