package cn.zhifa.shared;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stored text — a record entry's summary, a notification's message — as a message key with arguments, rendered in
 * the reader's language (decision 0033). The stored form is one string:
 *
 * <pre>
 * {"key":"text.documentRendered","args":[{"key":"doc.kind.DECISION"},"京执罚〔2026〕1号"]}
 * </pre>
 *
 * an argument is either data as typed (a JSON string: party names, numbers, amounts, dates, opinions — shown as
 * stored in every language) or a label (a nested text: a document kind, a stage, an outcome, an enum value — shown
 * in the reader's language). Keys in this fixed order, {@code args} left out when empty. A string that is not of this
 * form is data as typed, or a text stored before this format: it renders as stored ({@link #typed} wraps a typed
 * text that happens to look like the form, so it stays data).
 */
public final class StoredText {

    /** A typed text that looks like the stored form: {0}. */
    public static final String TYPED = "text.typed";

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_.\\-]{0,120}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key;
    private final List<Object> args;

    private StoredText(String key, List<Object> args) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a message key: " + key);
        }
        this.key = key;
        this.args = Collections.unmodifiableList(args);
    }

    /**
     * A text of the bundles: arguments that are {@link StoredText} are labels (rendered per reader); everything else
     * is data, kept as its string ({@link BigDecimal} as plain digits); null stays null (rendered as "—").
     */
    public static StoredText of(String key, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a == null || a instanceof StoredText ? a
                    : a instanceof BigDecimal d ? d.toPlainString() : a.toString());
        }
        return new StoredText(key, list);
    }

    /** A label: a key without arguments (e.g. {@code doc.kind.DECISION}, {@code ui.stage.FILED}). */
    public static StoredText label(String key) {
        return new StoredText(key, List.of());
    }

    /** The label of an enum value under {@code prefix} ({@code prefix + value.name()}), or null for null. */
    public static StoredText label(String prefix, Enum<?> value) {
        return value == null ? null : label(prefix + value.name());
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** This text followed by a typed note ("…；note"), or this text alone when the note is null or blank. */
    public StoredText and(String note) {
        return note == null || note.isBlank() ? this : of("text.and", this, note);
    }

    /** This text followed by a typed note after a space ("… note"), or this text alone when it is null or blank. */
    public StoredText then(String note) {
        return note == null || note.isBlank() ? this : of("text.spaced", this, note);
    }

    /** This text followed by a typed note after a colon ("…：note"), or this text alone when it is null or blank. */
    public StoredText noted(String note) {
        return note == null || note.isBlank() ? this : of("text.withNote", this, note);
    }

    /** This text with a typed note in brackets ("…（note）"), or this text alone when the note is null or blank. */
    public StoredText bracketed(String note) {
        return note == null || note.isBlank() ? this : of("text.bracketed", this, note);
    }

    /** The stored form (what the record hashes and the notification keeps). */
    public String stored() {
        StringBuilder b = new StringBuilder(64);
        write(b);
        return b.toString();
    }

    @Override
    public String toString() {
        return stored();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredText t && t.stored().equals(stored());
    }

    @Override
    public int hashCode() {
        return stored().hashCode();
    }

    /** The stored form of a typed text (data): as typed, unless it looks like a stored text; null for null. */
    public static String typed(String text) {
        if (text == null || parse(text) == null) {
            return text;
        }
        return of(TYPED, text).stored();
    }

    /** The stored form of {@code text}, or null. */
    public static String stored(StoredText text) {
        return text == null ? null : text.stored();
    }

    /** The text a stored string holds, or null when it is data as typed or a text stored before this format. */
    public static StoredText parse(String stored) {
        if (stored == null || !stored.startsWith("{\"key\":\"")) {
            return null;
        }
        try {
            return fromJson(JSON.readTree(stored));
        } catch (Exception e) {
            return null;
        }
    }

    /** Renders a stored string: a text in the resolver's language, anything else as stored; null stays null. */
    public static String render(String stored, Resolver in) {
        StoredText t = parse(stored);
        return t == null ? stored : t.render(in);
    }

    public String render(Resolver in) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            out[i] = a == null ? "—" : a instanceof StoredText t ? t.render(in) : a;
        }
        return in.resolve(key, out);
    }

    /** Looks a key up in one language (e.g. {@code (k, a) -> messages.get(k, locale, a)}). */
    @FunctionalInterface
    public interface Resolver {
        String resolve(String key, Object[] args);
    }

    private static StoredText fromJson(JsonNode n) {
        if (!n.isObject() || !n.path("key").isTextual()) {
            return null;
        }
        Iterator<String> names = n.fieldNames();
        List<Object> args = new ArrayList<>();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("key") && !name.equals("args")) {
                return null;
            }
        }
        JsonNode a = n.path("args");
        if (!a.isMissingNode()) {
            if (!a.isArray()) {
                return null;
            }
            for (JsonNode x : a) {
                if (x.isNull()) {
                    args.add(null);
                } else if (x.isTextual()) {
                    args.add(x.asText());
                } else {
                    StoredText nested = fromJson(x);
                    if (nested == null) {
                        return null;
                    }
                    args.add(nested);
                }
            }
        }
        String key = n.get("key").asText();
        return KEY.matcher(key).matches() ? new StoredText(key, args) : null;
    }

    private void write(StringBuilder b) {
        b.append("{\"key\":\"").append(key).append('"');
        if (!args.isEmpty()) {
            b.append(",\"args\":[");
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object a = args.get(i);
                if (a == null) {
                    b.append("null");
                } else if (a instanceof StoredText t) {
                    t.write(b);
                } else {
                    b.append('"').append(JsonStringEncoder.getInstance().quoteAsString((String) a)).append('"');
                }
            }
            b.append(']');
        }
        b.append('}');
    }
}
