package cn.zhifa.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stored file names (evidence and any other stored artifact): what an upload calls its file is kept as metadata; the
 * stored name is normalised so that it is one safe path segment on every system the export is unpacked on — no path
 * (only the last segment of {@code a/b\c} is kept), no {@code ..}, no control or invisible format characters (e.g. a
 * right-to-left override), none of {@code : * ? " < > |}, no leading or trailing dots and spaces, no Windows reserved
 * device name ({@code CON}, {@code NUL}, {@code COM1} …), at most {@value #MAX_BYTES} UTF-8 bytes with the extension
 * kept. A name with nothing left becomes {@code unnamed} (with its extension, if any).
 */
public final class EvidenceFileNames {

    /** Room for {@code evidence/<id>-} in front within the usual 255-byte limit of a path segment. */
    public static final int MAX_BYTES = 180;

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}:*?\"<>|]");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9", "CONIN$", "CONOUT$");

    private EvidenceFileNames() {
    }

    /** The normalised name of {@code name}; null or blank input gives {@code unnamed}. */
    public static String normalise(String name) {
        String s = name == null ? "" : name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = UNSAFE.matcher(s).replaceAll("_");
        s = DOTS.matcher(s).replaceAll(".");
        s = strip(s);
        int dot = s.lastIndexOf('.');
        String stem = dot > 0 ? s.substring(0, dot) : s;
        String ext = dot > 0 ? s.substring(dot) : "";
        if (ext.length() > 16) {
            stem = s;
            ext = "";
        }
        if (stem.isEmpty() || stem.equals("_") && ext.isEmpty()) {
            stem = "unnamed";
        }
        String device = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        if (RESERVED.contains(device.trim().toUpperCase(Locale.ROOT))) {
            stem = "_" + stem;
        }
        int room = MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length;
        stem = strip(truncate(stem, room));
        if (stem.isEmpty()) {
            stem = "unnamed";
        }
        return stem + ext;
    }

    /** Whether {@code name} is already normal (stored as given). */
    public static boolean isNormal(String name) {
        return name != null && name.equals(normalise(name));
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '.' || Character.isWhitespace(s.charAt(a)) || s.charAt(a) == '\u3000')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == '.' || Character.isWhitespace(s.charAt(b - 1))
                || s.charAt(b - 1) == '\u3000')) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The longest prefix of whole code points within {@code maxBytes} UTF-8 bytes. */
    private static String truncate(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
