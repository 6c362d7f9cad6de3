package cn.zhifa.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Automatic redaction of text for publication (国办发〔2018〕118号; 内蒙古 Art. 10 ¶2): personal data found by its
 * structure ({@link PersonalDataScanner}) — ID-card numbers, unified social credit codes, mobile and landline numbers,
 * bank cards and accounts, property-certificate numbers, plates, e-mail, passport and other document numbers,
 * detailed addresses and natural persons' names (the case's parties, and others named with a role) under the
 * configured {@link NameRule}. Numbers become {@code ***}; an address keeps its part up to the road or street; a
 * name becomes e.g. 王某某, and a name already masked (陈某, 王某某) stays as it is. Pure and thread-safe.
 */
public final class Redactor {

    /** What was found; counted in the redaction summary. */
    public enum Category {
        ID_CARD, CREDIT_CODE, MOBILE, LANDLINE, BANK_CARD, PROPERTY_CERT, PLATE, EMAIL, DOCUMENT_NO, ADDRESS, NAME
    }

    /** How a natural person's name is shown. */
    public enum NameRule {
        /** 王某某 (surname + 某某). */
        SURNAME_MOUMOU,
        /** 王某. */
        SURNAME_MOU,
        /** 某某 (no surname). */
        HIDDEN;
    }

    /** One item of personal data: its category and where it is in the scanned text ({@code [start, end)}). */
    public record Finding(Category category, int start, int end, String text) {

        /** e.g. 身份证号「110105 19900101 1234」. */
        public String describe() {
            return label(category) + "「" + text + "」";
        }
    }

    public static final String MASK = "***";

    private final NameRule nameRule;

    public Redactor(NameRule nameRule) {
        this.nameRule = nameRule == null ? NameRule.SURNAME_MOUMOU : nameRule;
    }

    /** The redacted text and what was found. */
    public record Result(String text, Map<Category, Integer> found) {

        public int total() {
            return found.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** e.g. "身份证号 1 处、手机号码 1 处"; empty when nothing was found. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            found.forEach((c, n) -> parts.add(label(c) + " " + n + " 处"));
            return String.join("、", parts);
        }
    }

    public static String label(Category c) {
        return switch (c) {
            case ID_CARD -> "身份证号";
            case CREDIT_CODE -> "统一社会信用代码";
            case MOBILE -> "手机号码";
            case LANDLINE -> "固定电话";
            case BANK_CARD -> "银行账号";
            case PROPERTY_CERT -> "不动产权证号";
            case PLATE -> "车牌号码";
            case EMAIL -> "电子邮箱";
            case DOCUMENT_NO -> "证件号码";
            case ADDRESS -> "详细住址";
            case NAME -> "自然人姓名";
        };
    }

    /**
     * The personal data still in a text, in order. {@code personNames} are the natural persons known from the case
     * (parties), {@code addresses} their recorded home addresses; besides them the text is scanned by structure.
     */
    public List<Finding> scan(String text, Collection<String> personNames, Collection<String> addresses) {
        return PersonalDataScanner.scan(text, personNames, addresses);
    }

    /**
     * Redacts a text: every {@link #scan finding} is replaced — a name by its masked form, anything else by
     * {@code ***}. Redacting the result again changes nothing.
     */
    public Result redact(String text, Collection<String> personNames, Collection<String> addresses) {
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, Map.of());
        }
        Map<Category, Integer> found = new EnumMap<>(Category.class);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : scan(text, personNames, addresses)) {
            out.append(text, at, f.start());
            out.append(f.category() == Category.NAME ? maskName(f.text()) : MASK);
            found.merge(f.category(), 1, Integer::sum);
            at = f.end();
        }
        out.append(text.substring(at));
        return new Result(out.toString(), Map.copyOf(found));
    }

    /** Whether a name is already masked (陈某, 王某某, 某某): it is then shown as it is. */
    public static boolean isMasked(String name) {
        return name != null && name.contains("某");
    }

    /** A natural person's name under the configured rule: 王小明 → 王某某, 欧阳娜娜 → 欧阳某某; 陈某 stays 陈某. */
    public String maskName(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            return "某某";
        }
        if (isMasked(n)) {
            return n;
        }
        String surname = n.length() > 2 && PersonalDataScanner.COMPOUND_SURNAMES.contains(n.substring(0, 2))
                ? n.substring(0, 2) : n.substring(0, 1);
        return switch (nameRule) {
            case SURNAME_MOUMOU -> surname + "某某";
            case SURNAME_MOU -> surname + "某";
            case HIDDEN -> "某某";
        };
    }

    /** Keeps the address up to its last area/road marker before any number; the detail becomes ***. */
    static String maskAddress(String address) {
        String kept = AddressFinder.keptPrefix(address);
        return kept.length() >= address.length() ? address : kept + MASK;
    }
}
