package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One CSV field: RFC 4180 quoting, and text a spreadsheet would run as a formula neutralised. */
class CsvExportWriterTest {
    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "plain|plain",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "=1+1|'=1+1",
                "+31 2 555|'+31 2 555",
                "-2+3|'-2+3",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"http://x\",\"y\")|\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                "a-b=c|a-b=c",
            })
    void quotesWhatRfc4180QuotesAndNeutralisesFormulas(String value, String written) {
        assertThat(CsvExportWriter.field(value)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void lineBreaksAndLeadingTabsOrCarriageReturnsAreQuotedAndNeutralised() {
        assertThat(CsvExportWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExportWriter.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CsvExportWriter.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExportWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvExportWriter.field(null)).isEmpty();
        assertThat(CsvExportWriter.field("")).isEmpty();
    }
}
