package cn.zhifa.deliberation;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.InboxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo: one case of the demo organisation waiting for the heads' collective deliberation (party 赵某某, a complex
 * case marked for deliberation in the investigation report), walked there through the services. Runs after
 * {@code DemoData} with the same {@code zhifa.demo-data} switch, once (when the demo officers exist and the case does
 * not).
 */
@Component
@Order(12) // after the demo benchmarks (order 11): the report picks its 裁量阶次
public class DeliberationDemoData implements ApplicationRunner {

    /** The lead summary that identifies the demo case. */
    public static final String SUMMARY = "巡查发现朝阳西路建材店长期占道堆放建材，多次劝阻未改正";

    private static final Logger LOG = LoggerFactory.getLogger(DeliberationDemoData.class);

    private final OrganizationService organization;
    private final CaseFileService cases;
    private final CaseWorkflowService workflow;
    private final InboxService inbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DiscretionBenchmarkService benchmarks;
    private final boolean enabled;

    public DeliberationDemoData(OrganizationService organization, CaseFileService cases, CaseWorkflowService workflow,
            InboxService inbox, JdbcTemplate jdbc, Clock clock, DiscretionBenchmarkService benchmarks,
            @Value("${zhifa.demo-data:false}") boolean enabled) {
        this.benchmarks = benchmarks;
        this.organization = organization;
        this.cases = cases;
        this.workflow = workflow;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || organization.findByUsername("officer1").isEmpty()) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE lead_summary = ?",
                Integer.class, SUMMARY);
        if (existing != null && existing > 0) {
            return;
        }
        try {
            CaseFile c = seed();
            LOG.info("Demo case awaiting collective deliberation: {}", c.caseNo());
        } catch (DomainException e) {
            LOG.warn("Demo case for collective deliberation not seeded: {}", e.getMessage());
        }
    }

    CaseFile seed() {
        Actor officer1 = actor("officer1");
        LocalDate today = LocalDate.now(clock);
        LocalDate d = today.minusDays(5);
        ViolationItem item = organization.items(true).stream().findFirst().orElseThrow();
        CaseFile c = cases.registerLead(officer1, new NewLead(LeadSource.INSPECTION, SUMMARY, "朝阳西路18号", d, d,
                null, List.of(new Party(PartyKind.NATURAL_PERSON, "赵某某", IdType.ID_CARD, "110105198506061234",
                        "13500005555", "朝阳西路18号"))));
        step(c, officer1, new StepPayload.VerifyLead(true, item.id(), d,
                List.of(officer1.userId(), actor("officer3").userId()), "核查属实，建议立案。"));
        step(c, actor("head1"), new StepPayload.ApproveFiling(true, "同意立案"));
        step(c, officer1, new StepPayload.Investigate("当事人长期在店外人行道堆放建材，经多次劝阻仍未改正，影响行人通行。",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"),
                        new StepPayload.DocumentInput("INTERVIEW_RECORD", "询问笔录"))));
        BigDecimal fine = new BigDecimal("2000.00");
        Long tier = benchmarks.tiersHolding(item.id(), false, fine).stream().findFirst()
                .map(DiscretionBenchmark::id).orElse(null);
        step(c, officer1, new StepPayload.InvestigationReport(OutcomeType.FINE, fine, null, "责令立即清除占道建材",
                "多次劝阻拒不改正，按裁量基准一般情形处罚", false, null, true).withBenchmark(tier));
        step(c, actor("leader1"), new StepPayload.CaseReview(true, false, false, "情节较重，提请负责人集体讨论"));
        step(c, officer1, new StepPayload.AdvanceNotice(today, ServiceMethod.DIRECT));
        return step(c, officer1, new StepPayload.StatementDefence(true, null, null));
    }

    private CaseFile step(CaseFile c, Actor actor, StepPayload payload) {
        return workflow.complete(actor, inbox.openTasksOfCase(c.id()).get(0).taskId(), payload);
    }

    private Actor actor(String username) {
        return organization.findByUsername(username).map(UserAccount::toActor).orElseThrow();
    }
}
