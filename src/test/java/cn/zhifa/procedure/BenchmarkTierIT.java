package cn.zhifa.procedure;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.BenchmarkTier;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 裁量阶次 in the 调查终结报告 (issue 16 item 3, 国办发〔2022〕27号 §六, §十四): the officer picks the tier whose
 * conditions apply; a fine outside it is refused naming the tier's range (in the reader's language) and nothing
 * changes; within it the tier and the benchmark row's version are stored on the case; a stated departure still
 * goes to the heads (decision 0020 §9).
 */
@IntegrationTest
class BenchmarkTierIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired DiscretionBenchmarkService benchmarks;
    @Autowired OrganizationService organization;
    @Autowired Messages messages;

    private CaseFile investigated() {
        CaseFile c = f.aFiledCase();
        f.step(c.id(), "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        return c;
    }

    private DiscretionBenchmark tier(long itemId, BenchmarkTier tier) {
        return benchmarks.applicable(itemId, false).stream().filter(b -> b.tier() == tier).findFirst().orElseThrow();
    }

    private static StepPayload.InvestigationReport report(String fine, Long tierId, boolean departure) {
        return new StepPayload.InvestigationReport(OutcomeType.FINE, new BigDecimal(fine), null, "责令立即改正",
                "占用面积约10平方米", false, null, false, departure, departure ? "当事人系残疾人，生活困难" : null,
                tierId);
    }

    private Map<String, Object> snapshot(long caseId) {
        return Map.of("case", cases.get(f.actor("officer1"), caseId), "task", f.openTask(caseId).taskKey());
    }

    @Test
    void aFineOutsideTheChosenTierIsRefusedNamingItsRangeAndWithinItTheTierIsStored() {
        CaseFile c = investigated();
        DiscretionBenchmark general = tier(c.itemId() == null ? f.item() : c.itemId(), BenchmarkTier.GENERAL);
        assertThat(general.fineMin()).isEqualByComparingTo("1000");
        assertThat(general.fineMax()).isEqualByComparingTo("5000");
        // 800 lies in the lighter tier, not in the tier whose conditions the officer found to apply
        String zh = refused(messages, () -> snapshot(c.id()), "report.fineOutsideTier",
                () -> f.step(c.id(), "officer1", report("800", general.id(), false)));
        assertThat(zh).contains("罚款应在该裁量阶次的 1,000–5,000 元之间");
        DomainException e = Refusals.catchDomain(() -> f.step(c.id(), "officer1", report("6000", general.id(), false)));
        assertThat(messages.of(e, Locale.ENGLISH)).contains("1,000\u20135,000 yuan").doesNotContainPattern("\\p{IsHan}");

        CaseFile reported = f.step(c.id(), "officer1", report("2000", general.id(), false));
        assertThat(reported.proposedFine()).isEqualByComparingTo("2000");
        assertThat(reported.benchmarkId()).isEqualTo(general.id());
        assertThat(reported.benchmarkTier()).isEqualTo("GENERAL");
        assertThat(reported.benchmarkVersion()).isEqualTo(general.version());
        assertThat(reported.benchmarkDeparture()).isFalse();
        // the step's record entry carries the chosen tier among the changed fields
        f.recorded(c.id(), "INVESTIGATION_REPORTED", "GENERAL", "罚款 2000.00 元");
    }

    @Test
    void aTierOfAnotherItemIsRefusedAndAStatedDepartureKeepsTheTier() {
        CaseFile c = investigated();
        long item = c.itemId();
        ViolationItem other = organization.items(true).stream().filter(i -> i.id() != item)
                .filter(i -> !benchmarks.applicable(i.id(), false).isEmpty()).findFirst().orElseThrow();
        long foreign = benchmarks.applicable(other.id(), false).get(0).id();
        refused(messages, () -> snapshot(c.id()), "report.benchmarkTierNotApplicable",
                () -> f.step(c.id(), "officer1", report("2000", foreign, false)));

        // below the chosen tier with the departure stated: accepted, the departure goes to the heads as before
        DiscretionBenchmark lighter = tier(item, BenchmarkTier.LIGHTER);
        CaseFile reported = f.step(c.id(), "officer1", report("150", lighter.id(), true));
        assertThat(reported.benchmarkDeparture()).isTrue();
        assertThat(reported.benchmarkTier()).isEqualTo("LIGHTER");
        assertThat(reported.benchmarkVersion()).isEqualTo(lighter.version());
    }

    @Test
    void aProposedFineWithoutATierIsRefusedUnlessTheDepartureIsStated() {
        CaseFile c = investigated();
        // 800 lies in a tier of the item, but the officer has not said which tier's conditions the facts meet
        String zh = refused(messages, () -> snapshot(c.id()), "report.tierRequired",
                () -> f.step(c.id(), "officer1", report("800", null, false)));
        assertThat(zh).contains("须选择条件相符的裁量阶次");
        DomainException e = Refusals.catchDomain(() -> f.step(c.id(), "officer1", report("800", null, false)));
        assertThat(messages.of(e, Locale.ENGLISH)).contains("tier").doesNotContainPattern("\\p{IsHan}");

        // a stated departure goes to the heads with its reasons, the tier then optional
        CaseFile reported = f.step(c.id(), "officer1", report("800", null, true));
        assertThat(reported.benchmarkDeparture()).isTrue();
        assertThat(reported.benchmarkId()).isNull();
    }

    @Test
    void aWarningNeedsNoTierAndAnItemWithoutABenchmarkNeedsNone() {
        CaseFile c = investigated();
        CaseFile warned = f.step(c.id(), "officer1", new StepPayload.InvestigationReport(OutcomeType.WARNING, null,
                null, "责令立即改正", "情节轻微", false, null, false));
        assertThat(warned.proposedOutcome()).isEqualTo(OutcomeType.WARNING);
        assertThat(warned.benchmarkId()).isNull();

        ViolationItem bare = organization.items(true).stream()
                .filter(i -> benchmarks.applicable(i.id(), false).isEmpty()).findFirst().orElseThrow();
        CaseFile lead = f.aLead();
        f.step(lead.id(), "officer1", new StepPayload.VerifyLead(true, bare.id(), f.today(),
                List.of(f.actor("officer1").userId(), f.actor("officer2").userId()), "核查属实，建议立案"));
        f.step(lead.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        f.step(lead.id(), "officer1", new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        CaseFile fined = f.step(lead.id(), "officer1", report("800", null, false));
        assertThat(fined.proposedFine()).isEqualByComparingTo("800");
        assertThat(fined.benchmarkId()).isNull();
    }
}
