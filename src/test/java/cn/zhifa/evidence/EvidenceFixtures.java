package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Generated evidence content: real magic numbers, pseudo-random bodies, never held in memory when large. */
public final class EvidenceFixtures {
    private EvidenceFixtures() {
    }

    public static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
        'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
    static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] MP3_HEAD = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};

    /** {@code size} bytes: the header, then pseudo-random bytes from {@code seed}; optionally fails after n bytes. */
    static InputStream content(byte[] head, long size, long seed, long failAfter) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= size) {
                    return -1;
                }
                if (failAfter >= 0 && pos >= failAfter) {
                    throw new IOException("connection reset by the test");
                }
                int n = (int) Math.min(len, size - pos);
                if (failAfter >= 0) {
                    n = (int) Math.min(n, failAfter - pos);
                }
                for (int i = 0; i < n; i++) {
                    long p = pos + i;
                    b[off + i] = p < head.length ? head[(int) p] : (byte) random.nextInt(256);
                }
                pos += n;
                return n;
            }
        };
    }

    static InputStream content(byte[] head, long size, long seed) {
        return content(head, size, seed, -1);
    }

    public static byte[] bytes(byte[] head, int size, long seed) {
        try (InputStream in = content(head, size, seed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An independent SHA-256 of the generated content. */
    static String sha256(byte[] head, long size, long seed) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = content(head, size, seed)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static NewEvidence meta(LocalDateTime capturedAt, EvidenceKind kind, String fileName, List<Long> officers,
            AvAct act) {
        return new NewEvidence(kind, fileName, capturedAt, officers, "ZFJLY-0001",
                null, null, "测试证据", null, act, null);
    }

    /** Everything a refused call must leave unchanged. */
    @FunctionalInterface
    interface Snapshot {
        Map<String, Object> take() throws Exception;
    }

    /** Asserts the call is refused with {@code code}, nothing changed, and clear zh-CN and English messages. */
    static DomainException refused(Messages messages, Snapshot snapshot, String code, Supplier<?> call)
            throws Exception {
        Map<String, Object> before = snapshot.take();
        DomainException e = null;
        try {
            call.get();
        } catch (DomainException x) {
            e = x;
        }
        assertThat(e).as("refused with " + code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(snapshot.take()).isEqualTo(before);
        String zh = messages.of(e, Messages.ZH_CN);
        assertThat(zh).isNotBlank().isNotEqualTo(code);
        assertThat(messages.of(e, Locale.ENGLISH)).isNotBlank().isNotEqualTo(code).isNotEqualTo(zh);
        return e;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
