package cn.zhifa.document;

/**
 * Case text as it may enter a document: characters XML 1.0 cannot carry (control characters, lone surrogates) become
 * U+FFFD; line breaks and tabs stay. Markup is never interpreted — a {@code <script>} tag is printed as text.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r') {
                continue;
            }
            boolean ok = ch == '\n' || ch == '\t' || (ch >= 0x20 && ch < 0x7F) || (ch > 0x9F && ch < 0xD800)
                    || (ch > 0xDFFF && ch < 0xFFFE);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(++i));
            } else {
                sb.append(ok ? ch : '\uFFFD');
            }
        }
        return sb.toString();
    }
}
