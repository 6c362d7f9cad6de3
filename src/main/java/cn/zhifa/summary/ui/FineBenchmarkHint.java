package cn.zhifa.summary.ui;

import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The summary form's 裁量基准 warning (issue 16 item 3): a fine outside every tier of the item's benchmark for the
 * party's kind is named with the tiers' ranges while typing. A warning, not a refusal: 简易程序 has its own statutory
 * cap (行政处罚法 Art. 51), checked by the service.
 */
final class FineBenchmarkHint extends Span {

    private final DiscretionBenchmarkService benchmarks;

    FineBenchmarkHint(DiscretionBenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
        setId("summary-fine-warning");
        addClassName("zhifa-warning");
        setVisible(false);
    }

    void check(Long itemId, boolean organisation, boolean finePenalty, BigDecimal fine) {
        if (itemId == null || !finePenalty || fine == null) {
            setVisible(false);
            return;
        }
        List<DiscretionBenchmark> tiers = benchmarks.applicable(itemId, organisation);
        boolean outside = !tiers.isEmpty() && tiers.stream().noneMatch(b -> b.holds(fine));
        setVisible(outside);
        if (outside) {
            String ranges = tiers.stream().filter(b -> b.fineMin() != null || b.fineMax() != null)
                    .map(b -> getTranslation("ui.benchmark.tier." + b.tier().name()) + " "
                            + getTranslation("ui.tier.range", b.fineMin() == null ? "0" : yuan(b.fineMin()),
                            b.fineMax() == null ? "∞" : yuan(b.fineMax())))
                    .collect(Collectors.joining(" / "));
            setText(getTranslation("ui.tier.summaryOutside", yuan(fine), ranges));
        }
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
