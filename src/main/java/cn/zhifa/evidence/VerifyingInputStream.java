package cn.zhifa.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Re-hashes stored content while it is streamed out: when the whole content has been read from its first byte and
 * its SHA-256 or length differs from what was recorded at storage, the last read fails with {@link Mismatch} instead
 * of ending normally, so the receiver gets a broken transfer, never a complete copy of changed content. A stream
 * that was skipped (an HTTP range) is not checked here: the service checks the whole file before it is opened.
 */
public class VerifyingInputStream extends FilterInputStream {

    /** The streamed content does not match its recorded hash. */
    public static class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        Mismatch(String expected, String actual) {
            super("stored content changed: recorded SHA-256 " + expected + ", streamed " + actual);
        }
    }

    /** The SHA-256 and length of a whole stream. */
    public record Digest(String sha256, long size) {
    }

    /** Reads {@code in} to its end and returns its SHA-256 and length (the caller closes it). */
    public static Digest digest(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        long size = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            md.update(buf, 0, n);
            size += n;
        }
        return new Digest(HexFormat.of().formatHex(md.digest()), size);
    }

    private final MessageDigest sha;
    private final String expected;
    private final long expectedSize;
    private long read;
    private boolean partial;
    private boolean done;

    public VerifyingInputStream(InputStream in, String expectedSha256, long expectedSize) {
        super(in);
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.expected = expectedSha256.toLowerCase();
        this.expectedSize = expectedSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            sha.update((byte) b);
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            end();
        } else if (n > 0) {
            sha.update(b, off, n);
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        partial = true;
        return super.skip(n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() throws IOException {
        if (done || partial) {
            return;
        }
        done = true;
        String actual = HexFormat.of().formatHex(sha.digest());
        if (read != expectedSize || !actual.equals(expected)) {
            throw new Mismatch(expected, actual);
        }
    }
}
