package dev.livechat.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"invoice.pdf", "Facture n°12 \"finale\".pdf", "photo; 2.png", "日本語.txt", ".profile"})
    void aNameIsKeptAsTyped(String name) {
        assertThat(FileName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\..\\boot.ini",
                "dir/file.txt",
                "..",
                ".",
                "a\r\nSet-Cookie: x=1",
                "a\u0000.png",
                "invoice\u202Efdp.exe",
                " ",
            })
    void pathsControlAndFormattingCharactersAreRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> FileName.of(name))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("filename");
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 1000})
    void aNameOfMoreThan255CharactersIsRefused(int length) {
        assertThatThrownBy(() -> FileName.of("a".repeat(length))).isInstanceOf(InvalidValueException.class);
    }
}
