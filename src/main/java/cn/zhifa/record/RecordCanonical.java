package cn.zhifa.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical content of a record entry and its hash — the one definition the writer, the verifier, the export and
 * the offline verifier agree on (decision 0007):
 *
 * <pre>
 * canonical = {"action":…,"actor":…,"at":"yyyy-MM-ddTHH:mm:ss","case":…,"client":…,"details":{…},"ip":…,
 *              "seq":…,"stage":…,"summary":…}
 * hash      = lower-case hex SHA-256 of UTF-8(prev_hash + canonical); prev_hash of seq 1 = 64 zeros
 * </pre>
 *
 * Keys in this fixed (alphabetical) order, no whitespace, absent values as {@code null}, numbers as decimal integers,
 * strings JSON-escaped ({@code "}, {@code \}, control characters as {@code \\u00XX} (six characters); everything else as UTF-8), and
 * {@code details} embedded verbatim as stored (itself JSON with sorted keys).
 */
public final class RecordCanonical {

    public static final String GENESIS = "0".repeat(64);
    public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final JsonMapper DETAILS = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private RecordCanonical() {
    }

    public static String entry(long caseId, long seq, String action, String stage, Long actorId, LocalDateTime at,
            String ip, String client, String summary, String details) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"action\":");
        quote(b, action);
        b.append(",\"actor\":").append(actorId == null ? "null" : actorId.toString());
        b.append(",\"at\":");
        quote(b, at == null ? null : AT.format(at));
        b.append(",\"case\":").append(caseId);
        b.append(",\"client\":");
        quote(b, client);
        b.append(",\"details\":").append(details == null || details.isEmpty() ? "{}" : details);
        b.append(",\"ip\":");
        quote(b, ip);
        b.append(",\"seq\":").append(seq);
        b.append(",\"stage\":");
        quote(b, stage);
        b.append(",\"summary\":");
        quote(b, summary);
        return b.append('}').toString();
    }

    /** The details map as canonical JSON (sorted keys, ISO dates, plain decimals); empty map for null. */
    public static String details(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return "{}";
        }
        try {
            return DETAILS.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record details are not serialisable: " + e.getMessage(), e);
        }
    }

    public static String hash(String prevHash, String canonical) {
        return sha256(prevHash + canonical);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of {@code record/chain.jsonl}: fixed prefix so a verifier can cut out the canonical entry. */
    public static String chainLine(long seq, String prevHash, String hash, String canonical) {
        return "{\"seq\":" + seq + ",\"prev\":\"" + prevHash + "\",\"hash\":\"" + hash + "\",\"entry\":" + canonical
                + "}";
    }

    private static void quote(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
