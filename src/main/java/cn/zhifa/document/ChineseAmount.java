package cn.zhifa.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as documents write them: capital Chinese numerals (大写) followed by the figures, e.g.
 * {@code 人民币陆佰元整（¥600.00）}, {@code 人民币壹万零伍拾元伍角（¥10,050.50）}.
 */
public final class ChineseAmount {

    private static final String[] DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String[] SMALL = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    /** 人民币…元整（¥…）. */
    public static String of(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        return "人民币" + capital(a) + "（¥" + figures(a) + "）";
    }

    /** 10,050.50: thousands grouped by commas whatever the default locale (and without a Formatter per call). */
    static String figures(BigDecimal scaled) {
        String plain = scaled.toPlainString();
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(plain.length() + 6);
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, end, plain.length()).toString();
    }

    /** The capital numerals only: 陆佰元整, 壹万零伍拾元伍角, 零元整. */
    public static String capital(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        if (a.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        long yuan = a.longValue();
        int cents = a.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        StringBuilder sb = new StringBuilder();
        if (yuan > 0) {
            sb.append(integer(yuan)).append("元");
        } else if (cents == 0) {
            return "零元整";
        }
        if (jiao == 0 && fen == 0) {
            sb.append("整");
        } else {
            if (jiao > 0) {
                sb.append(DIGITS[jiao]).append("角");
            } else if (yuan > 0) {
                sb.append("零");
            }
            if (fen > 0) {
                sb.append(DIGITS[fen]).append("分");
            }
        }
        return sb.toString();
    }

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zeroPending = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            n /= 10000;
            if (part != 0) {
                String s = fourDigits(part) + GROUPS[group];
                if (zeroPending) {
                    s = s + "零";
                }
                out.insert(0, s);
                zeroPending = part < 1000 && n > 0;
            } else if (out.length() > 0) {
                zeroPending = true;
            }
            group++;
        }
        String s = out.toString();
        return s.replace("零零", "零").replaceAll("零$", "");
    }

    private static String fourDigits(int n) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = (n / (int) Math.pow(10, pos)) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append("零");
                    zero = false;
                }
                sb.append(DIGITS[d]).append(SMALL[pos]);
            }
        }
        return sb.toString();
    }
}
