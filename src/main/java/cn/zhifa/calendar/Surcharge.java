package cn.zhifa.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment surcharge (加处罚款, 行政处罚法 Art. 72 ¶1(1), Art. 73 ¶3; 行政强制法 Art. 45): 3 % of the fine for every
 * calendar day from the day after the payment deadline up to and including {@code asOf}, never more than the fine; days
 * inside a suspension (pending 复议 or 诉讼) do not count. Amount in yuan, 2 decimals, HALF_UP. The cap is reached on
 * day 34.
 */
public final class Surcharge {

    /** 3 % per day. */
    public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    /**
     * @param days   surcharge days counted
     * @param amount surcharge in yuan (2 decimals)
     * @param capped whether the cap (= the fine) was reached
     */
    public record Result(long days, BigDecimal amount, boolean capped) {
    }

    private Surcharge() {
    }

    /**
     * @param fine            the fine in yuan, ≥ 0
     * @param paymentDeadline the last day to pay (already shifted, e.g. {@code dueFrom(received, PAYMENT)})
     * @param asOf            the day up to which the surcharge is computed (inclusive)
     * @param suspensions     days on which the surcharge does not run (复议/诉讼 pending); may overlap
     */
    public static Result calculate(BigDecimal fine, LocalDate paymentDeadline, LocalDate asOf, List<DateRange> suspensions) {
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(suspensions, "suspensions");
        if (fine.signum() < 0) {
            throw new IllegalArgumentException("A fine cannot be negative: " + fine);
        }
        long days = 0;
        for (LocalDate d = paymentDeadline.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            LocalDate day = d;
            if (suspensions.stream().noneMatch(s -> s.contains(day))) {
                days++;
            }
        }
        BigDecimal cap = fine.setScale(2, RoundingMode.HALF_UP);
        BigDecimal raw = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days));
        boolean capped = raw.compareTo(fine) >= 0 && days > 0;
        BigDecimal amount = capped ? cap : raw.setScale(2, RoundingMode.HALF_UP);
        return new Result(days, amount, capped);
    }

    public static Result calculate(BigDecimal fine, LocalDate paymentDeadline, LocalDate asOf) {
        return calculate(fine, paymentDeadline, asOf, List.of());
    }
}
