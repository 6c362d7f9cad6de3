package cn.zhifa.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The documents' font, WenQuanYi Micro Hei (TrueType outlines): parsed once per thread (parsing the 5 MB collection
 * dominates otherwise; fontbox is not thread-safe), with the thread's character widths and glyph presence kept as long
 * as the font (a layout used to rebuild them for every PDF).
 */
final class DocumentFont {

    private static final byte[] BYTES = loadFont();
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(DocumentFont::parseFont);
    private static final ThreadLocal<Map<Integer, Float>> WIDTHS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<Integer, Boolean>> GLYPHS = ThreadLocal.withInitial(HashMap::new);

    private DocumentFont() {
    }

    static TrueTypeFont full() {
        return FONT.get();
    }

    static Map<Integer, Float> widths() {
        return WIDTHS.get();
    }

    static Map<Integer, Boolean> glyphs() {
        return GLYPHS.get();
    }

    @SuppressWarnings("resource") // kept open for the thread's lifetime
    private static TrueTypeFont parseFont() {
        try {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(BYTES));
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return first[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] loadFont() {
        try (InputStream in = DocumentFont.class.getResourceAsStream("/documents/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("font documents/fonts/wqy-microhei.ttc missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
