package dev.livechat.domain.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageTest {

    static Optional<LanguageTag> tag(String value) {
        return Optional.of(LanguageTag.of(value));
    }

    @Test
    void singleLanguageIsPreferred() {
        assertThat(AcceptLanguage.preferred("fr")).isEqualTo(tag("fr"));
    }

    @Test
    void highestWeightWinsWhateverTheOrder() {
        assertThat(AcceptLanguage.preferred("en;q=0.5, fr;q=0.9, de;q=0.7")).isEqualTo(tag("fr"));
    }

    @Test
    void missingWeightCountsAsOne() {
        assertThat(AcceptLanguage.preferred("en;q=0.999, fr")).isEqualTo(tag("fr"));
    }

    @Test
    void typicalBrowserHeaderGivesItsFirstLanguage() {
        assertThat(AcceptLanguage.preferred("fr-BE,fr;q=0.9,en-US;q=0.8,en;q=0.7"))
                .isEqualTo(tag("fr-BE"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr, en | fr",
                "en, fr | en",
                "fr;q=0.8, en;q=0.8 | fr",
                "en;q=0.8, fr;q=0.80 | en",
                "de;q=1, fr;q=1.000 | de"
            })
    void onEqualWeightsTheFirstListedWins(String header, String expected) {
        assertThat(AcceptLanguage.preferred(header)).isEqualTo(tag(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr;q=0.001, en;q=0.002 | en",
                "fr;q=0.9, en;q=1.000 | en",
                "fr;q=0.5, en;q=1. | en",
                "fr;q=0., en;q=0.1 | en",
                "fr;Q=0.5, en;q=0.4 | fr"
            })
    void weightsHaveUpToThreeDecimals(String header, String expected) {
        assertThat(AcceptLanguage.preferred(header)).isEqualTo(tag(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1.001", "0.1234", "-1", ".5", "", "2", "0,5", "0.5;x=1", "0 .5"})
    void entryWithAMalformedWeightIsSkipped(String weight) {
        assertThat(AcceptLanguage.preferred("fr;q=" + weight + ", en;q=0.1")).isEqualTo(tag("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr;", "fr;level=1", "fr;q", "fr; q = 0.5", "fr;;;"})
    void entryWithParametersOtherThanOneWeightIsSkipped(String entry) {
        assertThat(AcceptLanguage.preferred(entry + ", en;q=0.1")).isEqualTo(tag("en"));
    }

    @Test
    void spacesAroundSeparatorsAreAllowed() {
        assertThat(AcceptLanguage.preferred("  en ; q=0.7 ,\tfr-be;q=0.8  ")).isEqualTo(tag("fr-BE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr;q=0", "fr;q=0.0", "fr;q=0.000", "fr;q=0, en;q=0"})
    void weightZeroMeansNotAcceptable(String header) {
        assertThat(AcceptLanguage.preferred(header)).isEmpty();
    }

    @Test
    void weightZeroEntryLosesEvenToATinyWeight() {
        assertThat(AcceptLanguage.preferred("fr;q=0, en;q=0.001")).isEqualTo(tag("en"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"*, fr;q=0.5 | fr", "*;q=1, en;q=0.1 | en", "de;q=0.2, * | de"})
    void wildcardIsIgnored(String header, String expected) {
        assertThat(AcceptLanguage.preferred(header)).isEqualTo(tag(expected));
    }

    @Test
    void wildcardAloneGivesNoLanguage() {
        assertThat(AcceptLanguage.preferred("*")).isEmpty();
    }

    @Test
    void malformedEntriesAreSkippedAndTheRestCounts() {
        assertThat(AcceptLanguage.preferred("en_US, xx-!!, , ;q=1, de-CH;q=0.3"))
                .isEqualTo(tag("de-CH"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "\t",
                ";;;",
                ",,,",
                "fr;q=abc",
                "xx-!!",
                "en_US",
                "q=0.5",
                "-fr",
                "fr-",
                "12",
                "f",
                "fr--BE",
                "français",
                "toolongprimary",
                "fr-abcdefghi",
                "\u0000",
                "fr\r\nX-Injected: 1"
            })
    void headerWithNothingUsableGivesNoLanguage(String header) {
        assertThat(AcceptLanguage.preferred(header)).isEmpty();
    }

    @Test
    void veryLongGarbageGivesNoLanguageQuickly() {
        String header = "xx-!!;q=abc,".repeat(100_000);

        assertThatCode(() -> assertThat(AcceptLanguage.preferred(header)).isEmpty())
                .doesNotThrowAnyException();
    }

    @Test
    void headerLongerThanABrowserWouldSendIsNotRead() {
        String header = "fr," + "en;q=0.5,".repeat(AcceptLanguage.MAX_HEADER_LENGTH / 9 + 1);

        assertThat(AcceptLanguage.preferred(header)).isEmpty();
    }

    @Test
    void longHeaderWithinTheLimitIsRead() {
        String header = "en_US;q=1,".repeat(300) + "de;q=0.4,fr;q=0.5";

        assertThat(header.length()).isLessThanOrEqualTo(AcceptLanguage.MAX_HEADER_LENGTH);
        assertThat(AcceptLanguage.preferred(header)).isEqualTo(tag("fr"));
    }

    @ParameterizedTest
    @CsvSource({"FR-be, fr-BE", "EN, en", "zh-hant-tw, zh-Hant-TW", "ES-419, es-419"})
    void languageIsNormalised(String header, String expected) {
        assertThat(AcceptLanguage.preferred(header)).map(LanguageTag::value).contains(expected);
    }

    @Test
    void parseOrEmptyGivesTheNormalisedTag() {
        assertThat(AcceptLanguage.parseOrEmpty(" fr-be ")).isEqualTo(tag("fr-BE"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "en_US", "*", "xx-!!", "fr;q=1"})
    void parseOrEmptyGivesNothingForAnythingButATag(String text) {
        assertThat(AcceptLanguage.parseOrEmpty(text)).isEmpty();
    }
}
