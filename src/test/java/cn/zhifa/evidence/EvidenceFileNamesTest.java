package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored file names: one safe path segment on every system, the extension kept, Chinese names untouched. */
class EvidenceFileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "现场照片..jpg|现场照片.jpg",
        "../../etc/passwd|passwd",
        "..\\..\\windows\\win.ini|win.ini",
        "C:\\相机\\DCIM\\IMG_0001.JPG|IMG_0001.JPG",
        "a..b...c.mp4|a.b.c.mp4",
        "..|unnamed",
        "...jpg|jpg",
        " .hidden.png |hidden.png",
        "CON|_CON",
        "nul.txt|_nul.txt",
        "Com1.tar.gz|_Com1.tar.gz",
        "LPT9 .pdf|_LPT9.pdf",
        "console.jpg|console.jpg",
        "照片:1*2?.jpg|照片_1_2_.jpg",
        "现场 照片 01.jpg|现场 照片 01.jpg",
        "执法记录仪20260105.mp4|执法记录仪20260105.mp4"})
    void normalises(String given, String stored) {
        assertThat(EvidenceFileNames.normalise(given)).isEqualTo(stored);
        assertThat(EvidenceFileNames.isNormal(stored)).isTrue();
    }

    @Test
    void controlAndInvisibleFormatCharactersGo() {
        assertThat(EvidenceFileNames.normalise("a\u0000b\nc\u001f.jpg")).isEqualTo("a_b_c_.jpg");
        // a right-to-left override would show "photo_gpj.exe" as "photo_exe.jpg"
        assertThat(EvidenceFileNames.normalise("photo_\u202Egpj.exe")).isEqualTo("photo__gpj.exe");
    }

    @Test
    void overLongNamesAreCutOnWholeCharactersKeepingTheExtension() {
        String name = "现".repeat(200) + ".jpg";
        String stored = EvidenceFileNames.normalise(name);
        assertThat(stored).endsWith(".jpg").startsWith("现现");
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(EvidenceFileNames.MAX_BYTES);
        assertThat(EvidenceFileNames.isNormal(stored)).isTrue();
        String emoji = "😀".repeat(100) + ".png";
        String cut = EvidenceFileNames.normalise(emoji);
        assertThat(cut).endsWith(".png");
        assertThat(cut.codePoints().limit(cut.codePointCount(0, cut.length()) - 4))
                .allMatch(cp -> cp == "😀".codePointAt(0));
    }

    @Test
    void blankIsUnnamed() {
        assertThat(EvidenceFileNames.normalise(null)).isEqualTo("unnamed");
        assertThat(EvidenceFileNames.normalise("   ")).isEqualTo("unnamed");
        assertThat(EvidenceFileNames.normalise("a/b/")).isEqualTo("unnamed");
    }
}
