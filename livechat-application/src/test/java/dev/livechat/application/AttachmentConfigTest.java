package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.attachment.AttachmentRules;
import dev.livechat.domain.attachment.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentConfigTest {
    @Test
    void byDefaultTenMegabytesOfImagesPdfAndTextUnderTheDataDirectory() {
        Config config = Config.from(Map.of("LIVECHAT_DATA_DIR", "somewhere"), false);

        assertThat(config.attachments().directory()).isEqualTo(Path.of("somewhere", "attachments"));
        assertThat(config.attachments().rules()).isEqualTo(AttachmentRules.byDefault());
        assertThat(config.attachments().rules().allowed()).doesNotContain(ContentType.SVG, ContentType.HTML);
    }

    @Test
    void theDirectoryTheLimitAndTheTypesAreConfigurable() {
        Config config = Config.from(
                Map.of(
                        "LIVECHAT_ATTACHMENTS_DIR", "/srv/files",
                        "LIVECHAT_ATTACHMENT_MAX_BYTES", "2048",
                        "LIVECHAT_ATTACHMENT_TYPES", "image/png, IMAGE/SVG+XML"),
                false);

        assertThat(config.attachments().directory()).isEqualTo(Path.of("/srv/files"));
        assertThat(config.attachments().rules().maxBytes()).isEqualTo(2048);
        assertThat(config.attachments().rules().allowed()).containsExactlyInAnyOrder(ContentType.PNG, ContentType.SVG);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LIVECHAT_ATTACHMENT_MAX_BYTES|0",
                "LIVECHAT_ATTACHMENT_MAX_BYTES|ten",
                "LIVECHAT_ATTACHMENT_MAX_BYTES|99999999999",
                "LIVECHAT_ATTACHMENT_TYPES|image/png,application/x-msdownload",
                "LIVECHAT_ATTACHMENT_TYPES|application/octet-stream"
            })
    void aWrongValueStopsTheStartNamingTheVariable(String variable, String value) {
        assertThatThrownBy(() -> Config.from(Map.of(variable, value), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(variable + ":")
                .hasMessageContaining(value);
    }
}
