package cn.zhifa.publication;

import cn.zhifa.publication.Redactor.Category;
import cn.zhifa.publication.Redactor.Finding;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address part of {@link PersonalDataScanner}: an address is cut at the road — the detail after it (building,
 * unit, floor, room, a lane (弄) with house numbers, a village group (组), a room after a bare 住) is personal data,
 * found with or without a label. Pure and thread-safe.
 */
final class AddressFinder {

    private AddressFinder() {
    }

    // ---- addresses -------------------------------------------------------------------------------------------

    /** Address after a marker (住址：…, 家住…, and a bare 住 followed by a number): kept up to the road. */
    private static final Pattern MARKED_ADDRESS = Pattern.compile(
            "(?:家庭住址|现住址|户籍地址|户籍所在地|户籍地|居住地址|通讯地址|联系地址|送达地址|住址|住所地|住所|家住|现住|"
                    + "居住于|居住在|住在|暂住于|暂住在|租住于|租住在|租住)[:：为是\\s]{0,3}([^，。；、,;\\s）)]{2,60})");
    /** A bare 住 (…，住幸福小区3-2-501，…): only when a number follows, and not 住建/住房/住院/居住 …. */
    private static final Pattern BARE_ZHU = Pattern.compile(
            "(?<![居入暂常租留家现])住(?![建房宅户所址院宿持])(?:在|于)?[:：\\s]{0,2}([^，。；、,;\\s）)]{0,40}\\d[^，。；、,;\\s）)]{0,40})");
    private static final Pattern AREA_PREFIX = Pattern.compile(
            "^.*(?:省|自治区|市|区|县|旗|镇|乡|街道|路|街|大街|大道|巷|胡同|村|社区|屯|庄)");
    private static final String NUM = "[0-9一二三四五六七八九十百零〇两]+";
    /** Dwelling detail even without a label: 3号楼2单元501室, 5栋1202室, 12层, 3-2-501, B座1205. */
    private static final Pattern DWELLING = Pattern.compile("(?:" + NUM + "\\s*号楼|(?:\\d+|[A-Za-z])\\s*(?:栋|幢|座)"
            + "|" + NUM + "\\s*单元|\\d+\\s*(?:层|楼)(?![道梯顶下上面盘市])|\\d+\\s*(?:室|房间|号房|户)"
            + "|[A-Za-z]?\\d{2,5}\\s*(?=室|房)|\\d+-\\d+-\\d+(?:室|号|房)?|\\d+-\\d+(?:室|号房|房))"
            + "(?:\\s*(?:(?:" + NUM + "|[A-Za-z])\\s*(?:号楼|栋|幢|座|单元|层|楼(?![道梯顶下上面盘市])|室|号房|户|号)"
            + "|\\d+-\\d+(?:-\\d+)?(?:室|号)?|[A-Za-z]?\\d{2,5}(?=室|房)(?:室|房)?))*");
    /** Lane with house numbers (上海式): 长乐路123弄45号, 456弄7支弄8号. */
    private static final Pattern LANE = Pattern.compile("\\d+\\s*弄(?:\\s*\\d+\\s*(?:支弄|号))*(?:\\s*\\d+\\s*(?:室|层|楼))?");
    /** Village group: 幸福村3组, 红星村五组12号, 第三村民小组. */
    private static final Pattern VILLAGE_GROUP = Pattern.compile(
            "(?:(?<=[村屯庄寨社队])(?:第)?" + NUM + "\\s*(?:村民小组|组|队)|第?" + NUM + "村民小组)(?:\\s*\\d+\\s*号)?");

    static void addresses(String n, Collection<String> known, List<Finding> out) {
        if (known != null) {
            for (String a : known) {
                if (a == null || a.trim().length() < 4) {
                    continue;
                }
                String t = PersonalDataScanner.normalise(a.trim());
                int keep = keptPrefix(t).length();
                if (keep >= t.length()) {
                    continue;
                }
                for (int i = n.indexOf(t); i >= 0; i = n.indexOf(t, i + t.length())) {
                    out.add(new Finding(Category.ADDRESS, i + keep, i + t.length(), t.substring(keep)));
                }
            }
        }
        for (Pattern p : List.of(MARKED_ADDRESS, BARE_ZHU)) {
            Matcher m = p.matcher(n);
            while (m.find()) {
                String token = m.group(1);
                int keep = keptPrefix(token).length();
                if (keep < token.length() && !token.substring(keep).equals(Redactor.MASK)) {
                    out.add(new Finding(Category.ADDRESS, m.start(1) + keep, m.end(1), token.substring(keep)));
                }
            }
        }
        for (Pattern p : List.of(DWELLING, LANE, VILLAGE_GROUP)) {
            Matcher m = p.matcher(n);
            while (m.find()) {
                if (p == DWELLING && looksLikeDate(m.group())) {
                    continue;
                }
                out.add(new Finding(Category.ADDRESS, m.start(), m.end(), m.group()));
            }
        }
    }

    private static boolean looksLikeDate(String s) {
        return s.matches("(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])(?:-\\d{1,2})?");
    }

    /** The part of an address kept in public: up to its last area/road marker before any number. */
    static String keptPrefix(String address) {
        if (address.endsWith(Redactor.MASK)) {
            return address;
        }
        int firstDigit = -1;
        for (int i = 0; i < address.length(); i++) {
            if (Character.isDigit(address.charAt(i))) {
                firstDigit = i;
                break;
            }
        }
        if (firstDigit < 0) {
            // no number: only dwelling words (单元, 室 …) or village groups make it detailed
            Matcher d = DWELLING.matcher(address);
            Matcher g = VILLAGE_GROUP.matcher(address);
            int cut = Math.min(d.find() ? d.start() : address.length(), g.find() ? g.start() : address.length());
            if (cut == address.length()) {
                return address;
            }
            Matcher m = AREA_PREFIX.matcher(address.substring(0, cut));
            return m.find() ? m.group() : "";
        }
        Matcher m = AREA_PREFIX.matcher(address.substring(0, firstDigit));
        return m.find() ? m.group() : "";
    }
}
