package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** Content re-hashed while streamed: a changed byte or length fails the last read; ranges are not judged. */
class VerifyingInputStreamTest {

    private static final byte[] DATA = EvidenceFixtures.bytes(EvidenceFixtures.JPEG_HEAD, 100_000, 42);

    private static String sha() throws Exception {
        return VerifyingInputStream.digest(new ByteArrayInputStream(DATA)).sha256();
    }

    @Test
    void intactContentStreamsToTheEnd() throws Exception {
        try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(DATA), sha(), DATA.length)) {
            assertThat(in.readAllBytes()).isEqualTo(DATA);
        }
    }

    @Test
    void aFlippedByteFailsTheTransfer() throws Exception {
        byte[] changed = DATA.clone();
        changed[50_000] ^= 1;
        InputStream in = new VerifyingInputStream(new ByteArrayInputStream(changed), sha(), DATA.length);
        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(VerifyingInputStream.Mismatch.class).hasMessageContaining(sha());
    }

    @Test
    void aTruncatedFileFailsTheTransfer() throws Exception {
        byte[] cut = java.util.Arrays.copyOf(DATA, DATA.length - 1);
        InputStream in = new VerifyingInputStream(new ByteArrayInputStream(cut), sha(), DATA.length);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(VerifyingInputStream.Mismatch.class);
    }

    @Test
    void aSkippedStreamIsNotJudged() throws Exception {
        try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(DATA), sha(), DATA.length)) {
            assertThat(in.skip(1000)).isEqualTo(1000);
            assertThat(in.readAllBytes()).hasSize(DATA.length - 1000);
        }
    }
}
