package cn.zhifa.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the scoring standard (评查标准): 100 points in sections, items with a maximum deduction, veto items
 * (一票否决: the file fails whatever its score) and basic items (a deduction there bars 优秀), and the grade bands.
 * Versions are never edited; a score keeps the version it used.
 */
public record Rubric(long id, int version, String name, BigDecimal excellentFrom, BigDecimal goodFrom,
        BigDecimal passFrom, List<Section> sections, List<Item> items) {

    public static final BigDecimal FULL = new BigDecimal("100");

    public record Section(String code, String titleZh, String titleEn, BigDecimal points) {
    }

    public record Item(String sectionCode, String code, String titleZh, String titleEn, BigDecimal maxDeduction,
            boolean veto, boolean basic) {
    }

    /** A deduction on an item (and whether its veto applies), as a reviewer decided it. */
    public record Deduction(String itemCode, BigDecimal amount, boolean veto) {
    }

    /** The result of applying deductions: total (0–100), veto, basic problem, grade. */
    public record Result(BigDecimal total, boolean veto, boolean basicProblem, Grade grade) {
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Total = 100 − Σ over sections of min(section points, Σ over its items of min(item maximum, deductions)). A veto
     * applies only on a veto item. Unknown items are refused by the caller before this is called.
     */
    public Result apply(List<Deduction> deductions) {
        Map<String, BigDecimal> perItem = new HashMap<>();
        boolean veto = false;
        boolean basic = false;
        for (Deduction d : deductions) {
            Item item = item(d.itemCode()).orElseThrow(() -> new IllegalArgumentException(d.itemCode()));
            perItem.merge(item.code(), d.amount(), BigDecimal::add);
            if (d.veto() && item.veto()) {
                veto = true;
            }
            if (item.basic() && (d.amount().signum() > 0 || (d.veto() && item.veto()))) {
                basic = true;
            }
        }
        Map<String, BigDecimal> perSection = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : perItem.entrySet()) {
            Item item = item(e.getKey()).orElseThrow();
            perSection.merge(item.sectionCode(), e.getValue().min(item.maxDeduction()), BigDecimal::add);
        }
        BigDecimal lost = BigDecimal.ZERO;
        for (Section s : sections) {
            lost = lost.add(perSection.getOrDefault(s.code(), BigDecimal.ZERO).min(s.points()));
        }
        BigDecimal total = FULL.subtract(lost).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Result(total, veto, basic, grade(total, veto, basic));
    }

    /**
     * The grade of a score: any veto → 不合格 (Guangdong Art. 17); otherwise by the bands, but a basic-element problem
     * caps the grade at 良好 (P-VETO).
     */
    public Grade grade(BigDecimal total, boolean veto, boolean basicProblem) {
        if (veto || total.compareTo(passFrom) < 0) {
            return Grade.FAIL;
        }
        if (total.compareTo(excellentFrom) >= 0 && !basicProblem) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        return Grade.PASS;
    }
}
