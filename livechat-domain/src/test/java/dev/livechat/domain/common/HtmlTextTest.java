package dev.livechat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void markupAndQuotesBecomeEntitiesAndTheRestIsKept() {
        assertThat(HtmlText.escape("<script>alert('x') & \"y\"</script> été"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt; été");
    }
}
