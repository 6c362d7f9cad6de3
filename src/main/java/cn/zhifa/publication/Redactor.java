package cn.zhifa.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic redaction of text for publication (国办发〔2018〕118号; 内蒙古 Art. 10 ¶2): ID-card numbers (18 digits, last
 * possibly X, and 15-digit old numbers), unified social credit codes, mobile and landline numbers, bank cards and
 * accounts, property-certificate numbers, detailed home addresses and natural persons' names (the configured
 * {@link NameRule}). Numbers become {@code ***}; an address keeps its part up to the road or street; a name becomes
 * e.g. 王某某. Pure and thread-safe.
 */
public final class Redactor {

    /** What was found; counted in the redaction summary. */
    public enum Category { ID_CARD, CREDIT_CODE, MOBILE, LANDLINE, BANK_CARD, PROPERTY_CERT, ADDRESS, NAME }

    /** How a natural person's name is shown. */
    public enum NameRule {
        /** 王某某 (surname + 某某). */
        SURNAME_MOUMOU,
        /** 王某. */
        SURNAME_MOU,
        /** 某某 (no surname). */
        HIDDEN;
    }

    public static final String MASK = "***";

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤");

    private static final String NO_ALNUM_BEFORE = "(?<![0-9A-Za-z])";
    private static final String NO_ALNUM_AFTER = "(?![0-9A-Za-z])";

    /** Ordered: the longer and more specific patterns first, so a number is counted once. */
    private static final Map<Category, List<Pattern>> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(Category.PROPERTY_CERT, List.of(
                // 京(2020)朝阳区不动产权第0012345号, 房权证朝字第123456号, 不动产权证号：X京2020-01
                Pattern.compile("[\\u4e00-\\u9fa5][（(]\\d{4}[）)][\\u4e00-\\u9fa5]{0,12}不动产(?:权|证明)第\\s*\\d+\\s*号"),
                Pattern.compile("[\\u4e00-\\u9fa5]?房(?:屋所有)?权证[\\u4e00-\\u9fa5]{0,8}第\\s*\\d+\\s*号"),
                Pattern.compile("(?<=(?:不动产权证书?号|不动产权证号|房产证号|产权证号|房屋所有权证号)(?:码)?[:：为是\\s]{0,3})"
                        + "[0-9A-Za-z\\-（）()\\u4e00-\\u9fa5]{4,40}?(?=[，。；、,;\\s）)]|$)")));
        PATTERNS.put(Category.CREDIT_CODE, List.of(Pattern.compile(NO_ALNUM_BEFORE
                + "(?=[0-9A-Z]*[A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + NO_ALNUM_AFTER)));
        PATTERNS.put(Category.ID_CARD, List.of(
                Pattern.compile(NO_ALNUM_BEFORE + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                        + "\\d{3}[\\dXx]" + NO_ALNUM_AFTER),
                Pattern.compile(NO_ALNUM_BEFORE + "[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}"
                        + NO_ALNUM_AFTER)));
        PATTERNS.put(Category.BANK_CARD, List.of(
                Pattern.compile("(?<!\\d)(?:\\d{4}[ \\-]){3,4}\\d{1,7}(?!\\d)"),
                Pattern.compile("(?<!\\d)[1-9]\\d{15,18}(?!\\d)"),
                Pattern.compile("(?<=(?:账号|帐号|账户|帐户|卡号)[:：为是\\s]{0,3})\\d[\\d \\-]{7,30}\\d")));
        PATTERNS.put(Category.MOBILE, List.of(Pattern.compile(
                "(?<![\\d+])(?:(?:\\+|00)?86[ \\-]?)?1[3-9]\\d(?:[ \\-]?\\d{4}){2}(?!\\d)")));
        PATTERNS.put(Category.LANDLINE, List.of(
                Pattern.compile("(?<!\\d)(?:[（(]0\\d{2,3}[）)][ \\-]?|0\\d{2,3}[ \\-])\\d{7,8}(?:[\\-转]\\d{1,6})?(?!\\d)"),
                Pattern.compile("(?<=(?:电话|座机|联系方式|传真)(?:号码)?[:：为是\\s]{0,3})\\d{7,8}(?!\\d)")));
    }

    /** Address after a marker (住址：…, 家住…): kept up to the last road/street/village marker, the rest masked. */
    private static final Pattern MARKED_ADDRESS = Pattern.compile(
            "(?<=(?:家庭住址|现住址|户籍地址|居住地址|住址|住所地|住所|家住|现住|居住于|住在)[:：为是\\s]{0,3})"
                    + "[^，。；、,;\\s]{2,60}");
    /** Building/unit/room detail even without a marker: 3号楼2单元501室, 5栋1202室. */
    private static final Pattern DWELLING_DETAIL = Pattern.compile(
            "\\d+\\s*(?:号楼|栋|幢|座)(?:\\s*\\d+\\s*单元)?(?:\\s*\\d+\\s*(?:室|号|户))?|\\d+\\s*单元\\s*\\d+\\s*(?:室|号|户)?");
    private static final Pattern AREA_PREFIX = Pattern.compile(
            "^.*(?:省|自治区|市|区|县|旗|镇|乡|街道|路|街|大街|大道|巷|胡同|弄|村|社区)");

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
            case ADDRESS -> "详细住址";
            case NAME -> "自然人姓名";
        };
    }

    /**
     * Redacts a text. {@code personNames} are the natural persons known from the case (parties); {@code addresses}
     * their recorded home addresses — both are replaced wherever they occur, besides the patterns.
     */
    public Result redact(String text, Collection<String> personNames, Collection<String> addresses) {
        if (text == null || text.isEmpty()) {
            return new Result(text == null ? "" : text, Map.of());
        }
        Map<Category, Integer> found = new EnumMap<>(Category.class);
        String s = text;
        if (addresses != null) {
            for (String a : addresses) {
                if (a != null && a.trim().length() >= 4 && s.contains(a.trim())) {
                    String t = a.trim();
                    String masked = maskAddress(t);
                    if (!masked.equals(t)) {
                        found.merge(Category.ADDRESS, count(s, t), Integer::sum);
                        s = s.replace(t, masked);
                    }
                }
            }
        }
        for (Map.Entry<Category, List<Pattern>> e : PATTERNS.entrySet()) {
            for (Pattern p : e.getValue()) {
                s = replace(s, p, e.getKey(), found, m -> MASK);
            }
        }
        s = replace(s, MARKED_ADDRESS, Category.ADDRESS, found, Redactor::maskAddress);
        s = replace(s, DWELLING_DETAIL, Category.ADDRESS, found, m -> MASK);
        if (personNames != null) {
            for (String n : personNames) {
                if (n != null && n.trim().length() >= 2 && s.contains(n.trim())) {
                    String t = n.trim();
                    found.merge(Category.NAME, count(s, t), Integer::sum);
                    s = s.replace(t, maskName(t));
                }
            }
        }
        return new Result(s, Map.copyOf(found));
    }

    /** A natural person's name under the configured rule: 王小明 → 王某某, 欧阳娜娜 → 欧阳某某. */
    public String maskName(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            return "某某";
        }
        String surname = n.length() > 2 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2)
                : n.substring(0, 1);
        return switch (nameRule) {
            case SURNAME_MOUMOU -> surname + "某某";
            case SURNAME_MOU -> surname + "某";
            case HIDDEN -> "某某";
        };
    }

    /** Keeps the address up to its last area/road marker before any number; the detail becomes ***. */
    static String maskAddress(String address) {
        if (address.endsWith(MASK)) {
            return address;
        }
        int firstDigit = -1;
        for (int i = 0; i < address.length(); i++) {
            if (Character.isDigit(address.charAt(i))) {
                firstDigit = i;
                break;
            }
        }
        String head = firstDigit < 0 ? address : address.substring(0, firstDigit);
        Matcher m = AREA_PREFIX.matcher(head);
        String kept = m.find() ? m.group() : "";
        if (kept.length() == address.length()) {
            // no detail at all (just 北京市朝阳区): nothing to hide
            return address;
        }
        return kept + MASK;
    }

    private static String replace(String s, Pattern p, Category c, Map<Category, Integer> found,
            java.util.function.Function<String, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            if (m.group().equals(MASK) || m.group().endsWith(MASK)) {
                continue;
            }
            String replacement = with.apply(m.group());
            if (replacement.equals(m.group())) {
                continue;
            }
            any = true;
            found.merge(c, 1, Integer::sum);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (!any) {
            return s;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
