package cn.zhifa.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.SqlCounter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SQL statements per step on the benchmark's case path (lead to archive, 11 steps, no review, hearing or
 * deliberation), counted in the JVM: the figures of BENCHMARKS.md, and a guard against a step growing again.
 */
@IntegrationTest
class StepStatementsIT {

    static final BigDecimal FINE = new BigDecimal("500.00");
    /** {@code ZHIFA_TEST_TRACE_SQL=true}: print every statement of every step. */
    static final boolean TRACE = Boolean.parseBoolean(System.getenv("ZHIFA_TEST_TRACE_SQL"));

    @Autowired CaseFiles f;
    @Autowired DiscretionBenchmarkService benchmarks;

    @Test
    void statementsPerStepOfTheBenchmarkCase() {
        Long tier = benchmarks.tiersHolding(f.item(), false, FINE).stream().findFirst()
                .map(DiscretionBenchmark::id).orElse(null);
        // warm up with the same case: caches, first numbers of the year, statement preparation, and every model's
        // definition fresh at the (test's fixed) clock, as on a node that has been running (decision 0042)
        CaseFile warm = f.aLead();
        for (Object[] s : steps(tier)) {
            f.step(warm.id(), (String) s[0], (StepPayload) s[1]);
        }
        Map<String, Long> perStep = new LinkedHashMap<>();
        long start = SqlCounter.total();
        Map<String, Long> before = SqlCounter.snapshot();
        long t = SqlCounter.total();
        List<String> definitionReads = new java.util.ArrayList<>();
        SqlCounter.startTrace();
        CaseFile c = f.aLead();
        perStep.put("registerLead", SqlCounter.total() - t);
        trace("registerLead", definitionReads);
        List<Object[]> steps = steps(tier);
        CaseFile done = null;
        for (Object[] s : steps) {
            String taskKey = f.openTask(c.id()).taskKey();
            t = SqlCounter.total();
            SqlCounter.startTrace();
            done = f.step(c.id(), (String) s[0], (StepPayload) s[1]);
            perStep.put(taskKey, SqlCounter.total() - t);
            trace(taskKey, definitionReads);
        }
        long total = SqlCounter.total() - start;
        Map<String, Long> after = SqlCounter.snapshot();
        Map<String, Long> byKind = new LinkedHashMap<>();
        after.forEach((k, v) -> byKind.put(k, v - before.getOrDefault(k, 0L)));
        System.out.println("STATEMENTS per step " + perStep);
        System.out.println("STATEMENTS per case " + byKind + " (the inbox reads between steps not counted)");
        assertThat(done.stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(definitionReads).as("the engine's definitions come from its deployment cache (decision 0042)")
                .isEmpty();
        long steps11 = perStep.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isGreaterThanOrEqualTo(steps11);
        // guard: the case path (registration and 11 steps, with the test's 3 lookups per step) may not grow past
        // what it costs now (see BENCHMARKS.md): 615 for the steps alone (pipeline2); the documents module adds its
        // numbering, outbox rows and — rendered after the commit in tests (zhifa.documents.render=after-commit) —
        // the rendering's reads, version rows and record entries: 1,209 measured after the merge (2026-12-05); the
        // 责令(限期)改正通知书 with every penalty decision and its 送达回证 (issue 11): 1,283 on MariaDB. Session 5: the
        // documents' sources read once per step and renders grouped (1,118), the cockpit counters moved with every
        // case write (1,142 on H2). Session 13: each read once per transaction until its own tables are written
        // (TransactionReadCache) and the pre-audit in the step's transaction: 1,112 → 944. Session 14: the counters
        // from the step's locking read, one upsert per counter kind, the audit row naming its review outcomes, the
        // handlers' queue cascading from the inbox, a new task's inbox row written with its due date, one probe for
        // a case's dependent facts (CaseFactsProbe): 944 → 809. Session 15: the engine keeps the history of its
        // machinery only and no candidate links (decision 0036): 809 → 682; a set of users' accounts, roles and
        // certificates in one read → 658; a transaction's record entries inserted together, the clock's timer moved
        // in one engine command (decision 0037) → 636. Session 16: no removal time written at the case's end, the
        // case row kept as written, the new tasks taken from the inbox listener (decision 0038) → 596. Session 17: a
        // running number's new value returned by its own update, a case's new and moved deadlines written in one
        // statement → 588; a unit and its templates read together for its documents, the publication's draft not read
        // back → 578; a case's facts as bits on its row instead of a probe of eight tables (decision 0039) → 567.
        // Session 18: review's rounds, notice, hearing and stored requirements as declared fact tables, the dossier's
        // names and unit from reads the transaction made (decision 0041) → 547. Session 19: the engine starts the
        // definitions it deployed and answers look-ups of them from its deployment cache; a registration and a
        // publication read back nothing they wrote (decision 0042) → 523. Session 20: a unit's sheet kept by the node
        // while fresh, the register of a case's documents read once per transaction (decision 0043) → 511.
        assertThat(steps11).isLessThanOrEqualTo(Long.getLong("zhifa.test.maxStatementsPerCase", 517));
    }

    /** Ends the step's trace: printed with {@code ZHIFA_TEST_TRACE_SQL=true}; reads of the engine's definitions kept. */
    private static void trace(String step, List<String> definitionReads) {
        List<String> statements = SqlCounter.stopTrace();
        statements.stream().filter(q -> q.contains("ACT_RE_PROCDEF")).map(q -> step + ": " + q)
                .forEach(definitionReads::add);
        if (TRACE) {
            System.out.println("TRACE " + step + "\n  " + String.join("\n  ", statements));
        }
    }

    /** The benchmark case's steps after registration: {user, payload}. */
    private List<Object[]> steps(Long tier) {
        LocalDate today = f.today();
        long lead = f.actor("officer1").userId();
        long assist = f.actor("officer2").userId();
        return List.of(
                new Object[] {"officer1", new StepPayload.VerifyLead(true, f.item(), today, List.of(lead, assist),
                        "核查属实，建议立案")},
                new Object[] {"head1", new StepPayload.ApproveFiling(true, "同意立案")},
                new Object[] {"officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                        List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录")))},
                new Object[] {"officer1", new StepPayload.InvestigationReport(OutcomeType.FINE, FINE, null, "责令立即改正",
                        "一般情形", false, null, false).withBenchmark(tier)},
                new Object[] {"leader1", new StepPayload.CaseReview(true, false, false, "同意")},
                new Object[] {"officer1", new StepPayload.AdvanceNotice(today, ServiceMethod.DIRECT)},
                new Object[] {"officer1", new StepPayload.StatementDefence(true, null, null)},
                new Object[] {"head1", new StepPayload.Decision(OutcomeType.FINE, FINE, null, "责令立即改正", today)},
                new Object[] {"officer2", new StepPayload.Service(today, ServiceMethod.DIRECT)},
                new Object[] {"officer1", new StepPayload.Execution(FINE, today, null)},
                new Object[] {"head1", new StepPayload.ClosingApproval(true, "同意结案")});
    }
}
