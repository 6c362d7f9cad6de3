package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurchargeTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2025-10-09");

    @ParameterizedTest(name = "fine {0}, as of {1}: {2} days, {3}")
    @CsvSource({
            "1000,    2025-10-08, 0,  0.00,    false",  // before the deadline
            "1000,    2025-10-09, 0,  0.00,    false",  // on the deadline
            "1000,    2025-10-10, 1,  30.00,   false",  // day 1 = day after the deadline (a holiday does not matter)
            "1000,    2025-11-11, 33, 990.00,  false",
            "1000,    2025-11-12, 34, 1000.00, true",   // cap reached on day 34
            "1000,    2026-03-01, 143, 1000.00, true",
            "333.33,  2025-10-10, 1,  10.00,   false",  // 9.9999 → 10.00
            "1.50,    2025-10-10, 1,  0.05,    false",  // 0.045 → 0.05 (HALF_UP, not HALF_EVEN)
            "200,     2025-10-19, 10, 60.00,   false",
            "0,       2025-10-19, 10, 0.00,    true",
    })
    void surcharge(BigDecimal fine, LocalDate asOf, long days, BigDecimal amount, boolean capped) {
        Surcharge.Result r = Surcharge.calculate(fine, DEADLINE, asOf);
        assertThat(r.days()).isEqualTo(days);
        assertThat(r.amount()).isEqualByComparingTo(amount);
        assertThat(r.amount().scale()).isEqualTo(2);
        assertThat(r.capped()).isEqualTo(capped);
    }

    @Test
    void suspensionDaysDoNotCount() {
        // 34 days overdue, 10 of them while a 复议 was pending → 24 days
        Surcharge.Result r = Surcharge.calculate(new BigDecimal("1000"), DEADLINE, LocalDate.parse("2025-11-12"),
                List.of(DateRange.of(LocalDate.parse("2025-10-15"), LocalDate.parse("2025-10-24"))));
        assertThat(r).isEqualTo(new Surcharge.Result(24, new BigDecimal("720.00"), false));
    }

    @Test
    void overlappingSuspensionsCountOnceAndCapStillApplies() {
        Surcharge.Result r = Surcharge.calculate(new BigDecimal("500"), DEADLINE, LocalDate.parse("2026-01-31"),
                List.of(DateRange.of(LocalDate.parse("2025-10-10"), LocalDate.parse("2025-12-31")),
                        DateRange.of(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-10"))));
        // running days: 11..31 Jan 2026 = 21
        assertThat(r).isEqualTo(new Surcharge.Result(21, new BigDecimal("315.00"), false));
    }

    @Test
    void negativeFineRefused() {
        assertThatThrownBy(() -> Surcharge.calculate(new BigDecimal("-1"), DEADLINE, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
