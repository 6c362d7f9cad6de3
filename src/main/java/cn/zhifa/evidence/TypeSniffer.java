package cn.zhifa.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Recognises the real type of a file from its first bytes (magic numbers) for the formats the vault accepts, so a
 * claimed kind can be checked against the content. Returns null for anything else.
 */
public final class TypeSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 64;

    /** A recognised format: its media type and the kinds it may be stored as. */
    public record Sniffed(String mediaType, String extension, Set<EvidenceKind> kinds) {
    }

    /** A picture: a photo, or the scan or photograph of a paper document (书证 as a copy, checked against the original). */
    private static final Set<EvidenceKind> IMAGE = Set.of(EvidenceKind.PHOTO, EvidenceKind.RECORD_SCAN,
            EvidenceKind.DOCUMENT, EvidenceKind.ELECTRONIC_DATA);
    private static final Set<EvidenceKind> VIDEO = Set.of(EvidenceKind.VIDEO, EvidenceKind.ELECTRONIC_DATA);
    private static final Set<EvidenceKind> AUDIO = Set.of(EvidenceKind.AUDIO, EvidenceKind.ELECTRONIC_DATA);
    private static final Set<EvidenceKind> PDF = Set.of(EvidenceKind.DOCUMENT, EvidenceKind.RECORD_SCAN,
            EvidenceKind.ELECTRONIC_DATA);
    private static final Set<EvidenceKind> DATA = Set.of(EvidenceKind.DOCUMENT, EvidenceKind.ELECTRONIC_DATA);

    private TypeSniffer() {
    }

    public static Sniffed sniff(byte[] b, int n) {
        if (starts(b, n, 0, 0xFF, 0xD8, 0xFF)) {
            return new Sniffed("image/jpeg", "jpg", IMAGE);
        }
        if (starts(b, n, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Sniffed("image/png", "png", IMAGE);
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "WEBP")) {
            return new Sniffed("image/webp", "webp", IMAGE);
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "WAVE")) {
            return new Sniffed("audio/wav", "wav", AUDIO);
        }
        if (ascii(b, n, 0, "RIFF") && ascii(b, n, 8, "AVI ")) {
            return new Sniffed("video/x-msvideo", "avi", VIDEO);
        }
        if (ascii(b, n, 4, "ftyp")) {
            return isoMedia(n >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "");
        }
        if (starts(b, n, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            boolean webm = indexOf(b, n, "webm") >= 0;
            return new Sniffed(webm ? "video/webm" : "video/x-matroska", webm ? "webm" : "mkv", VIDEO);
        }
        if (ascii(b, n, 0, "%PDF-")) {
            return new Sniffed("application/pdf", "pdf", PDF);
        }
        if (ascii(b, n, 0, "#!AMR")) {
            return new Sniffed("audio/amr", "amr", AUDIO);
        }
        if (ascii(b, n, 0, "ID3") || (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            return new Sniffed("audio/mpeg", "mp3", AUDIO);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
            return new Sniffed("audio/aac", "aac", AUDIO);
        }
        if (starts(b, n, 0, 'P', 'K', 0x03, 0x04)) {
            return new Sniffed("application/zip", "zip", DATA);
        }
        return null;
    }

    /** ISO base media (MP4/MOV/3GP/M4A/HEIC) by the major brand. */
    private static Sniffed isoMedia(String brand) {
        String br = brand.trim();
        if (br.startsWith("heic") || br.startsWith("heix") || br.startsWith("mif1") || br.startsWith("msf1")) {
            return new Sniffed("image/heic", "heic", IMAGE);
        }
        if (br.startsWith("M4A") || br.startsWith("M4B")) {
            return new Sniffed("audio/mp4", "m4a", AUDIO);
        }
        if (br.startsWith("qt")) {
            return new Sniffed("video/quicktime", "mov", VIDEO);
        }
        if (br.startsWith("3g")) {
            return new Sniffed("video/3gpp", "3gp", VIDEO);
        }
        return new Sniffed("video/mp4", "mp4", VIDEO);
    }

    private static boolean starts(byte[] b, int n, int off, int... magic) {
        if (n < off + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[off + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int n, int off, String s) {
        byte[] m = s.getBytes(StandardCharsets.ISO_8859_1);
        return n >= off + m.length && Arrays.equals(b, off, off + m.length, m, 0, m.length);
    }

    private static int indexOf(byte[] b, int n, String s) {
        byte[] m = s.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + m.length <= n; i++) {
            for (int j = 0; j < m.length; j++) {
                if (b[i + j] != m[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
