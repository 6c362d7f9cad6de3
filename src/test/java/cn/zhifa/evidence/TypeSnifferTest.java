package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Magic numbers of the formats the vault accepts, and the kinds each may be stored as. */
class TypeSnifferTest {

    private static byte[] hex(String h) {
        String s = h.replace(" ", "");
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static TypeSniffer.Sniffed sniff(byte[] b) {
        return TypeSniffer.sniff(b, b.length);
    }

    @ParameterizedTest
    @CsvSource({
        "ffd8ffe000104a464946, image/jpeg, PHOTO",
        "89504e470d0a1a0a0000, image/png, PHOTO",
        "52494646000000005745425056503820, image/webp, PHOTO",
        "000000186674797068656963, image/heic, PHOTO",
        "000000186674797069736f6d, video/mp4, VIDEO",
        "00000014667479707174202000000000, video/quicktime, VIDEO",
        "000000186674797033677035, video/3gpp, VIDEO",
        "52494646000000004156492020202020, video/x-msvideo, VIDEO",
        "1a45dfa3010000000000001f4282847765626d, video/webm, VIDEO",
        "1a45dfa30100000000000023428288, video/x-matroska, VIDEO",
        "494433040000000000, audio/mpeg, AUDIO",
        "fffb9064000000, audio/mpeg, AUDIO",
        "fff15080000000, audio/aac, AUDIO",
        "2321414d520a, audio/amr, AUDIO",
        "00000020667479704d344120, audio/mp4, AUDIO",
        "52494646000000005741564566, audio/wav, AUDIO",
        "255044462d312e370a, application/pdf, DOCUMENT",
        "89504e470d0a1a0a0000, image/png, DOCUMENT",
        "ffd8ffe000104a464946, image/jpeg, DOCUMENT",
        "504b030414000600, application/zip, ELECTRONIC_DATA"})
    void recognises(String magic, String mediaType, EvidenceKind kind) {
        TypeSniffer.Sniffed s = sniff(hex(magic));
        assertThat(s).isNotNull();
        assertThat(s.mediaType()).isEqualTo(mediaType);
        assertThat(s.kinds()).contains(kind);
    }

    @Test
    void kindsFollowTheContent() {
        assertThat(sniff(hex("ffd8ffe0")).kinds()).doesNotContain(EvidenceKind.VIDEO, EvidenceKind.AUDIO);
        assertThat(sniff(ascii("%PDF-1.4")).kinds()).contains(EvidenceKind.RECORD_SCAN)
                .doesNotContain(EvidenceKind.PHOTO, EvidenceKind.VIDEO);
        assertThat(sniff(hex("000000186674797069736f6d")).kinds()).doesNotContain(EvidenceKind.PHOTO,
                EvidenceKind.AUDIO);
    }

    @Test
    void unknownOrEmptyContentIsNotRecognised() {
        assertThat(sniff(new byte[0])).isNull();
        assertThat(sniff(ascii("MZ\u0090\u0000"))).isNull(); // Windows executable
        assertThat(sniff(ascii("<html><script>"))).isNull();
        assertThat(sniff(ascii("hello, world"))).isNull();
        assertThat(TypeSniffer.sniff(hex("ffd8ffe0"), 2)).isNull(); // only what was read counts
    }
}
