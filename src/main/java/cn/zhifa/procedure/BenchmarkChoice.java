package cn.zhifa.procedure;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload.InvestigationReport;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The 裁量阶次 the handler picked in the 调查终结报告 (国办发〔2022〕27号 §六, §十四): it must be one of the item's active
 * tiers for the party's kind, and a proposed fine must lie within its range unless the departure is stated (the
 * departure then goes to the heads, decision 0020 §9). A proposed fine on an item with tiers for the party's kind
 * needs a tier (or a stated departure). The tier, its row and the row's version are stored on the case.
 */
final class BenchmarkChoice {

    private BenchmarkChoice() {
    }

    /** {@code applicable}: the case item's active tiers for the party's kind (empty without an item). */
    static void apply(List<DiscretionBenchmark> applicable, CaseChanges c, InvestigationReport p) {
        if (p.benchmarkId() == null) {
            // a fine is set against the tier whose conditions the facts meet; without one the amount is unchecked —
            // unless the handler states a departure from the benchmark (then the heads decide, decision 0020 §9)
            if (p.proposedOutcome() == OutcomeType.FINE && !p.benchmarkDeparture() && !applicable.isEmpty()) {
                throw DomainException.invalid("report.tierRequired", applicable.size());
            }
            c.benchmarkTier(null, null, null);
            return;
        }
        DiscretionBenchmark tier = applicable.stream().filter(b -> b.id() == p.benchmarkId()).findFirst()
                .orElse(null);
        if (tier == null) {
            throw DomainException.invalid("report.benchmarkTierNotApplicable", p.benchmarkId());
        }
        if (p.proposedOutcome() == OutcomeType.FINE && !p.benchmarkDeparture() && !tier.holds(p.fine())) {
            if (tier.fineMin() == null && tier.fineMax() == null) {
                throw DomainException.invalid("report.tierHoldsNoFine");
            }
            throw DomainException.invalid("report.fineOutsideTier", tier.fineMin() == null ? "0" : yuan(tier.fineMin()),
                    yuan(tier.fineMax()));
        }
        c.benchmarkTier(tier.id(), tier.tier().name(), tier.version());
    }

    /** An amount as the refusal shows it: 2,000 / 2,000.5 (no upper end: ∞). */
    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "∞";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
