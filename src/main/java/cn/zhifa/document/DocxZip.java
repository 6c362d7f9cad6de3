package cn.zhifa.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip container of a filled .docx, written directly: a template's unchanging parts (styles, settings,
 * relationships, fonts) are deflated once, when the template is compiled, and copied as they are into every document;
 * only the parts with fields (the body, headers, footers) are deflated per document, by a deflater each thread keeps.
 * {@code java.util.zip.ZipOutputStream} deflated every part of every document again and set up a new deflater for each
 * (a third of a document's cost, session 20's profile). Entries carry their sizes and CRC in the local header (no data
 * descriptor) and a fixed time, so the same content always gives the same bytes. Read back by {@code ZipInputStream},
 * POI and Word as any .docx.
 */
final class DocxZip {

    /** 1980-01-01 00:00 in MS-DOS date and time (the earliest a zip can state). */
    private static final int DOS_DATE = (1 << 5) | 1;
    private static final int DOS_TIME = 0;
    /** Bit 11: names are UTF-8. */
    private static final int FLAGS = 1 << 11;
    private static final int DEFLATED = 8;

    /** A deflater per level and thread (a level set on a used deflater applies only from its next call). */
    private static final ThreadLocal<Deflater> DEFAULT = ThreadLocal.withInitial(
            () -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<Deflater> FASTEST = ThreadLocal.withInitial(
            () -> new Deflater(Deflater.BEST_SPEED, true));

    /** One part, deflated: its name, compressed bytes, CRC-32 and uncompressed size. */
    record Entry(byte[] name, byte[] deflated, int crc, int size) {

        /** A part deflated once for many documents (a template's unchanging part): the default level. */
        static Entry of(String name, byte[] content) {
            return of(name, content, DEFAULT);
        }

        /** A part of one document (its filled body): the fastest level, the entry a few per cent larger. */
        static Entry filled(String name, byte[] content) {
            return of(name, content, FASTEST);
        }

        private static Entry of(String name, byte[] content, ThreadLocal<Deflater> deflater) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name.getBytes(StandardCharsets.UTF_8), deflate(content, deflater.get()), (int) crc.getValue(),
                    content.length);
        }
    }

    private DocxZip() {
    }

    /** The zip of the entries, in order. */
    static byte[] write(List<Entry> entries) {
        int total = 22;
        for (Entry e : entries) {
            total += 30 + 46 + 2 * e.name.length + e.deflated.length;
        }
        Out out = new Out(total);
        int[] offsets = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = out.size();
            out.int32(0x04034b50);
            out.int16(20);
            common(out, e);
            out.int16(0); // extra field length
            out.write(e.name, 0, e.name.length);
            out.write(e.deflated, 0, e.deflated.length);
        }
        int directory = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.int32(0x02014b50);
            out.int16(20); // made by
            out.int16(20); // needed to extract
            common(out, e);
            out.int16(0); // extra field length
            out.int16(0); // comment length
            out.int16(0); // disk number
            out.int16(0); // internal attributes
            out.int32(0); // external attributes
            out.int32(offsets[i]);
            out.write(e.name, 0, e.name.length);
        }
        int end = out.size();
        out.int32(0x06054b50);
        out.int16(0);
        out.int16(0);
        out.int16(entries.size());
        out.int16(entries.size());
        out.int32(end - directory);
        out.int32(directory);
        out.int16(0); // comment length
        return out.toByteArray();
    }

    /** The fields a local header and a central directory record share, from the flags to the name's length. */
    private static void common(Out out, Entry e) {
        out.int16(FLAGS);
        out.int16(DEFLATED);
        out.int16(DOS_TIME);
        out.int16(DOS_DATE);
        out.int32(e.crc);
        out.int32(e.deflated.length);
        out.int32(e.size);
        out.int16(e.name.length);
    }

    /** Raw deflate (no zlib header), as a zip entry holds it, by this thread's deflater. */
    private static byte[] deflate(byte[] content, Deflater d) {
        d.reset();
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 3));
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return out.toByteArray();
    }

    /** A little-endian byte buffer. */
    private static final class Out extends ByteArrayOutputStream {

        Out(int size) {
            super(size);
        }

        void int16(int v) {
            write(v & 0xff);
            write((v >>> 8) & 0xff);
        }

        void int32(int v) {
            int16(v & 0xffff);
            int16(v >>> 16);
        }
    }
}
