package dev.parallax.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding fetched pages: byte-order mark, then header charset, then meta charset, then UTF-8. */
class PageCharsetTest {

    private static final String PAGE = "<html><head><meta charset=\"windows-1252\"></head><body><p>à minuit</p></body></html>";

    @Test
    void theMetaCharsetIsUsedWhenTheHeaderHasNone() {
        byte[] body = PAGE.getBytes(Charset.forName("windows-1252"));
        assertThat(PageCharset.decode(body, null, true)).contains("à minuit");
    }

    @Test
    void theHeaderCharsetWinsOverTheMetaCharset() {
        byte[] body = PAGE.replace("windows-1252", "iso-8859-5").getBytes(Charset.forName("windows-1252"));
        assertThat(PageCharset.decode(body, "windows-1252", true)).contains("à minuit");
    }

    @Test
    void aByteOrderMarkWinsAndUtf8IsTheDefault() {
        byte[] utf8 = "<p>à minuit</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(PageCharset.decode(withBom, "iso-8859-1", true)).isEqualTo("<p>à minuit</p>");
        assertThat(PageCharset.decode(utf8, null, true)).isEqualTo("<p>à minuit</p>");
        assertThat(PageCharset.decode(utf8, "no-such-charset", false)).isEqualTo("<p>à minuit</p>");
    }
}
