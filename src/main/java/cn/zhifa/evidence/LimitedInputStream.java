package cn.zhifa.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link TooLarge} as soon as more than {@code max} bytes have been read. */
final class LimitedInputStream extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge() {
            super("evidence file too large");
        }
    }

    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws TooLarge {
        count += n;
        if (count > max) {
            throw new TooLarge();
        }
    }
}
