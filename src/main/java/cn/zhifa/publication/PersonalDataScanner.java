package cn.zhifa.publication;

import cn.zhifa.publication.Redactor.Category;
import cn.zhifa.publication.Redactor.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a text by its structure (decision 0006, issue 17): numbers are read with any separators
 * (spaces, hyphens, dots) and full-width characters, then classified by what they are — an 18-digit ID with a valid
 * check digit, a 15-digit ID with a valid birth date, a mobile or landline number, a card or account number (16–19
 * digits, Luhn or not), any other number of 12 or more digits — and labels (身份证号, 电话, 账号, 护照 …) widen what
 * counts. Addresses are cut at the road; detail down to building, unit, floor and room, a lane (弄) with house
 * numbers, a village group (组) and a room after a bare 住 are found even without a label. Natural persons who are
 * not the party are found by their role (法定代表人, 证人, 委托代理人 …). Pure and thread-safe.
 */
final class PersonalDataScanner {

    private PersonalDataScanner() {
    }

    // ---- normalisation: one char for one char, so spans found in the normal form apply to the original --------

    static String normalise(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                // full-width ASCII (０-９, Ａ-Ｚ, －, ．, ＠, （ stays a bracket either way)
                char a = (char) (ch - 0xFEE0);
                if (Character.isLetterOrDigit(a) || a == '-' || a == '.' || a == '@' || a == '+' || a == '_') {
                    c[i] = a;
                }
            } else if (ch == '\u3000' || ch == '\u00A0' || ch == '\u2002' || ch == '\u2003' || ch == '\u2009') {
                c[i] = ' ';
            } else if (ch == '\u2010' || ch == '\u2011' || ch == '\u2012' || ch == '\u2013' || ch == '\u2014'
                    || ch == '\u2212' || ch == '\u2015') {
                c[i] = '-';
            } else if (ch == '\u00B7' || ch == '\u2022' || ch == '\u30FB' || ch == '\u2027') {
                c[i] = '·';
            }
        }
        return new String(c);
    }

    // ---- numbers --------------------------------------------------------------------------------------------

    private static final String SEP = "[ \\t\\-.·]{0,2}";
    /** A run of digits joined by at most two separators, with an optional +86/0086 prefix and a final X. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?<![0-9A-Za-z])(?:(?:\\+|00)86[ \\-]?)?\\d(?:" + SEP
            + "\\d)*(?:" + SEP + "[Xx])?(?![0-9A-Za-z])");
    /** A landline with its area code in brackets: （0755）8321 6543, (010)6512-3456 转 8001. */
    private static final Pattern BRACKET_LANDLINE = Pattern.compile(
            "[（(]\\s*0\\d{2,3}\\s*[）)]\\s*\\d(?:[ \\-]?\\d){6,7}(?:\\s*(?:转|-|分机)\\s*\\d{1,6})?(?!\\d)");
    private static final Pattern EXTENSION = Pattern.compile("^\\s*(?:转|分机)\\s*\\d{1,6}");
    private static final Pattern ID_LABEL = Pattern.compile(
            "(?:身份证|身份证件|身份号码|公民身份号码|证件号码|证件号|身份证号码|身份证号)[号码]*[:：为是\\s（(]{0,3}$");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:电话|座机|手机|联系方式|联系电话|传真|号码|拨打|致电|来电|热线)[号码]*[:：为是\\s（(]{0,3}$");
    /** Numbers after these labels are the agency's own (work orders, document numbers): only an ID or a phone counts. */
    private static final Pattern OFFICIAL_LABEL = Pattern.compile(
            "(?:工单|工单号|工单编号|案号|文号|编号|批次|流水号|订单号|执法证|执法证号|证号)[号码]*[:：为是\\s（(]{0,3}$");
    private static final Pattern ACCOUNT_LABEL = Pattern.compile(
            "(?:账号|帐号|账户|帐户|卡号|银行卡|存折|收款码|微信号|支付宝|QQ|qq)[号码]*[:：为是\\s（(]{0,3}$");

    private static void numbers(String n, List<Finding> out) {
        Matcher b = BRACKET_LANDLINE.matcher(n);
        while (b.find()) {
            out.add(new Finding(Category.LANDLINE, b.start(), b.end(), b.group()));
        }
        Matcher m = NUMBER_RUN.matcher(n);
        while (m.find()) {
            String run = m.group();
            String digits = run.replaceAll("[^0-9Xx]", "").toUpperCase();
            boolean x = digits.endsWith("X");
            String before = n.substring(Math.max(0, m.start() - 12), m.start());
            Category c = classify(digits, x, run, before);
            if (c == null) {
                continue;
            }
            int end = m.end();
            if (c == Category.LANDLINE || c == Category.MOBILE) {
                Matcher ext = EXTENSION.matcher(n.substring(end));
                if (ext.find()) {
                    end += ext.end();
                }
            }
            out.add(new Finding(c, m.start(), end, n.substring(m.start(), end)));
        }
    }

    static Category classify(String digits, boolean x, String run, String before) {
        String d = x ? digits.substring(0, digits.length() - 1) : digits;
        int len = digits.length();
        boolean idLabel = ID_LABEL.matcher(before).find();
        if (len == 18 && validId18(digits)) {
            return Category.ID_CARD;
        }
        if (x && len != 18) {
            return idLabel && d.length() >= 6 ? Category.ID_CARD : null;
        }
        if (len == 15 && validDate("19" + d.substring(6, 12))) {
            return Category.ID_CARD;
        }
        if (idLabel && len >= 6) {
            return Category.ID_CARD;
        }
        String plain = d.startsWith("0086") ? d.substring(4) : d.startsWith("86") && len == 13 ? d.substring(2) : d;
        if (plain.length() == 11 && plain.matches("1[3-9]\\d{9}")) {
            return Category.MOBILE;
        }
        if (plain.matches("0[1-9]\\d{8,10}") && (run.matches("0\\d{2,3}[ \\-.·].*") || len >= 11
                || PHONE_LABEL.matcher(before).find())) {
            return Category.LANDLINE;
        }
        if (OFFICIAL_LABEL.matcher(before).find() && !ACCOUNT_LABEL.matcher(before).find()) {
            return null;
        }
        if (len >= 16 && len <= 19) {
            return Category.BANK_CARD;
        }
        if (len >= 12) {
            return Category.DOCUMENT_NO;
        }
        if (ACCOUNT_LABEL.matcher(before).find() && len >= 5) {
            return Category.BANK_CARD;
        }
        if (PHONE_LABEL.matcher(before).find() && len >= 7 && len <= 11) {
            return Category.LANDLINE;
        }
        return null;
    }

    /** GB 11643: 6-digit area, birth date, 3-digit sequence, ISO 7064 MOD 11-2 check character. */
    static boolean validId18(String id) {
        if (!id.matches("[1-9]\\d{16}[\\dX]") || !validDate(id.substring(6, 14))) {
            return false;
        }
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    private static boolean validDate(String yyyymmdd) {
        int y = Integer.parseInt(yyyymmdd.substring(0, 4));
        int m = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
    }

    /** Luhn (ISO/IEC 7812) — bank cards; reported, not required (accounts are masked either way). */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int v = digits.charAt(i) - '0';
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    // ---- other identifiers -------------------------------------------------------------------------------------

    private static final List<Object[]> SIMPLE = List.of(
            new Object[] {Category.PROPERTY_CERT, Pattern.compile(
                    "[\\u4e00-\\u9fa5][（(]\\d{4}[）)][\\u4e00-\\u9fa5]{0,12}不动产(?:权|证明)第\\s*\\d+\\s*号")},
            new Object[] {Category.PROPERTY_CERT, Pattern.compile(
                    "[\\u4e00-\\u9fa5]?房(?:屋所有)?权证[\\u4e00-\\u9fa5]{0,8}第\\s*\\d+\\s*号")},
            new Object[] {Category.PROPERTY_CERT, Pattern.compile(
                    "(?<=(?:不动产权证书?号|不动产权证号|房产证号|产权证号|房屋所有权证号)(?:码)?[:：为是\\s]{0,3})"
                            + "[0-9A-Za-z\\-（）()\\u4e00-\\u9fa5]{4,40}?(?=[，。；、,;\\s）)]|$)")},
            new Object[] {Category.CREDIT_CODE, Pattern.compile("(?<![0-9A-Za-z])(?=[0-9A-Z]*[A-Z])"
                    + "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")},
            new Object[] {Category.EMAIL, Pattern.compile(
                    "[A-Za-z0-9][A-Za-z0-9._%+\\-]*\\s?@\\s?[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}")},
            new Object[] {Category.PLATE, Pattern.compile(
                    "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·.\\-]?"
                            + "[A-Za-z0-9]{4,5}[A-Za-z0-9挂学警港澳](?![A-Za-z0-9])")},
            // passports (E/G/D/S/P + 7–8 digits), 回乡证 (H/M + 8–10), 港澳通行证 (C + 8)
            new Object[] {Category.DOCUMENT_NO, Pattern.compile(
                    "(?<![A-Za-z0-9])(?:[EeGgDdSsPp][A-Za-z]?\\d{7,8}|[HhMm]\\d{8,10}|[Cc][A-Za-z0-9]\\d{7})"
                            + "(?![A-Za-z0-9])")},
            // any number after a document label: 护照号码：E12345678, 驾驶证号 3201…, 港澳通行证 C1234567
            new Object[] {Category.DOCUMENT_NO, Pattern.compile("(?<!执法)(?<=(?:护照|通行证|回乡证|台胞证|驾驶证|驾照|"
                    + "行驶证|居住证|暂住证|社保卡|医保卡|军官证|士兵证|学生证|工作证|营业执照注册号|注册号|档案编号|车架号|"
                    + "发动机号|微信|QQ|qq)(?:号码|号)?[:：为是\\s（(]{0,3})[A-Za-z0-9][A-Za-z0-9 \\-]{3,24}[A-Za-z0-9]")});

    private static void simple(String n, List<Finding> out) {
        for (Object[] p : SIMPLE) {
            Matcher m = ((Pattern) p[1]).matcher(n);
            while (m.find()) {
                out.add(new Finding((Category) p[0], m.start(), m.end(), m.group()));
            }
        }
    }

    // ---- names -----------------------------------------------------------------------------------------------

    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "夏侯", "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤", "百里", "呼延",
            "闻人", "澹台", "公冶", "太史", "申屠", "万俟", "拓跋", "赫连", "完颜", "第五", "司空", "濮阳", "淳于", "单于");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万"
            + "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
            + "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
            + "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
            + "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井"
            + "祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕"
            + "危玉银亢嵇哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    /** Roles that name a natural person who is not (necessarily) the party. */
    private static final String ROLES = "法定代表人|法人代表|主要负责人|现场负责人|施工负责人|项目负责人|负责人|"
            + "委托代理人|代理人|被委托人|实际经营者|经营者|经营户|业主|房主|户主|屋主|车主|承租人|出租人|租户|转租人|"
            + "雇员|店员|员工|工人|厨师|司机|驾驶员|驾驶人|投诉人|举报人|报案人|反映人|见证人|在场人|证人|当事人|"
            + "监护人|联系人|邻居|老板|店主|摊主|摊贩|管理员|保安|物业经理|施工队长|包工头|房东|其妻|其夫|其子|其女|其父|"
            + "其母|妻子|丈夫|儿子|女儿|父亲|母亲|亲属|同事|朋友|合伙人|股东|法人|签收人|受送达人|代收人";
    /** A name ends before one of these (punctuation, or a verb/preposition that follows a name). */
    private static final String AFTER = "[（(，,。、；;：:\\s“”\"'】\\]的]|称|于|在|系|是|等|未|已|说|和|与|及|因|对|向|将"
            + "|被|把|为|也|均|都|到|签|拒|承|表|陈|作|证|当|现|经|所|自|从|要|按|确|交|提|出|接|同|不|无|亦|则|即|持|携"
            + "|驾|开|负|家|住|男|女|岁|身|手|电|联|户|认|供|辩|反|介|指|予|给|就|请|办|前|后|以|确|亲|本|一|二|两|三|$";
    private static final Pattern ROLE_NAME = Pattern.compile("(?:" + ROLES + ")(?:[:：\\s]{0,2}(?:为|系|是|叫|名为)?"
            + "[:：\\s]{0,2})(" + "(?:" + String.join("|", COMPOUND_SURNAMES) + "|[" + SURNAMES + "])"
            + "[\\u4e00-\\u9fa5]{1,2})");
    private static final Pattern NAME_TAIL = Pattern.compile("^(?:" + AFTER + ")");
    private static final Pattern LIST_NEXT = Pattern.compile("^(?:、|和|与|及|以及)((?:"
            + String.join("|", COMPOUND_SURNAMES) + "|[" + SURNAMES + "])[\\u4e00-\\u9fa5]{1,2})");
    /** Characters a given name is never made of (so 证人李四称 ends at 李四). */
    private static final String NOT_IN_GIVEN = "某的了称系是等未已说在被把将拒签到持携均都也因对与及和住岁男女之其执法员傅";

    /** Natural persons named with a role, and every further occurrence of each such name. */
    private static void roleNames(String n, Set<String> names) {
        Matcher m = ROLE_NAME.matcher(n);
        int from = 0;
        while (m.find(from)) {
            String name = bestName(n, m.start(1), m.group(1), m.group().startsWith("当事人"));
            from = m.end();
            int pos = m.start(1);
            while (name != null) {
                names.add(name);
                pos += name.length();
                Matcher next = LIST_NEXT.matcher(n.substring(pos));
                if (!next.find()) {
                    break;
                }
                int at = pos + next.start(1);
                name = bestName(n, at, next.group(1), true);
                pos = at;
            }
        }
    }

    /** The longest prefix of the candidate (2 or 3 chars; 3 or 4 with a compound surname) that ends a name. */
    private static String bestName(String text, int start, String candidate, boolean strict) {
        String fallback = null;
        int surname = candidate.length() > 2 && COMPOUND_SURNAMES.contains(candidate.substring(0, 2)) ? 2 : 1;
        for (int len = candidate.length(); len > surname; len--) {
            String given = candidate.substring(surname, len);
            boolean ok = true;
            for (int i = 0; i < given.length(); i++) {
                if (NOT_IN_GIVEN.indexOf(given.charAt(i)) >= 0) {
                    ok = false;
                    break;
                }
            }
            if (ok && NAME_TAIL.matcher(text.substring(start + len)).find()) {
                return candidate.substring(0, len);
            }
            if (ok && fallback == null) {
                fallback = candidate.substring(0, len);
            }
        }
        // no clear end: the longest plausible name is masked (a verb lost rather than a name published)
        return strict ? null : fallback;
    }

    private static void names(String n, Collection<String> known, List<Finding> out) {
        Set<String> names = new LinkedHashSet<>();
        if (known != null) {
            for (String k : known) {
                if (k != null && k.trim().length() >= 2 && !Redactor.isMasked(k.trim())) {
                    names.add(normalise(k.trim()));
                }
            }
        }
        roleNames(n, names);
        for (String name : names) {
            for (int i = n.indexOf(name); i >= 0; i = n.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (end < n.length() && n.charAt(end) == '某') {
                    continue; // 陈某 inside 陈某某: already masked
                }
                out.add(new Finding(Category.NAME, i, end, name));
            }
        }
    }

    // ---- all together ------------------------------------------------------------------------------------------

    /** Every finding in the text, overlapping ones merged; spans refer to the original text. */
    static List<Finding> scan(String text, Collection<String> personNames, Collection<String> addresses) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String n = normalise(text);
        List<Finding> raw = new ArrayList<>();
        simple(n, raw);
        numbers(n, raw);
        AddressFinder.addresses(n, addresses, raw);
        names(n, personNames, raw);
        raw.removeIf(f -> f.end() <= f.start() || insideMask(n, f));
        raw.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end)
                .reversed()));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : raw) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() < last.end()) {
                if (f.end() > last.end()) {
                    Category c = last.category() == Category.NAME ? f.category() : last.category();
                    merged.set(merged.size() - 1, new Finding(c, last.start(), f.end(),
                            text.substring(last.start(), f.end())));
                }
                continue;
            }
            merged.add(new Finding(f.category(), f.start(), f.end(), text.substring(f.start(), f.end())));
        }
        return merged;
    }

    /** A finding that is (part of) an existing *** mask is no finding. */
    private static boolean insideMask(String n, Finding f) {
        String s = n.substring(f.start(), f.end());
        return s.isBlank() || s.replace("*", "").isBlank();
    }
}
