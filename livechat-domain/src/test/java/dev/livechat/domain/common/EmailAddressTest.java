package dev.livechat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "ana.b+chat@mail.example.co.uk", "o'neil@example.org", "x@a-b.io"})
    void singleMailboxesAreAccepted(String address) {
        assertThat(EmailAddress.of(address).value()).isEqualTo(address);
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        assertThat(EmailAddress.of("  ana@example.com ").value()).isEqualTo("ana@example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "ana",
                "ana@",
                "@example.com",
                "ana@localhost",
                "ana@@example.com",
                ".ana@example.com",
                "ana..b@example.com",
                "ana @example.com",
                "<ana@example.com>",
                "Ana <ana@example.com>",
                "ana@-example.com",
                "ana@example..com"
            })
    void malformedAddressesAreRefusedNamingTheField(String address) {
        assertThatThrownBy(() -> EmailAddress.of(address))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ana@example.com\r\nBcc: eve@example.net",
                "ana@example.com\nBcc: eve@example.net",
                "ana@example.com\r",
                "\nana@example.com"
            })
    void lineBreaksAreRefusedSoNoHeaderCanBeSmuggledIn(String address) {
        assertThatThrownBy(() -> EmailAddress.of(address))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("email: must not contain line breaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com, bob@example.com", "ana@example.com;bob@example.com", "ana@example.com,"})
    void listsOfAddressesAreRefused(String address) {
        assertThatThrownBy(() -> EmailAddress.of(address))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be one address, not a list");
    }

    @Test
    void addressesLongerThan254CharactersAreRefused() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";

        assertThat(address).hasSizeGreaterThan(254);
        assertThatThrownBy(() -> EmailAddress.of(address))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 254 characters");
    }
}
