package cn.zhifa.bench;

import cn.zhifa.ZhifaApplication;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
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
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application itself (profile mysql, fresh database) driven through its services: one case = registerLead and
 * the 11 user-task completions of the short ordinary path (verify → filing → investigate → report → review →
 * notice → statement → decision → service → execution → closing), the last of which runs the archive service task.
 */
final class OurThroughput implements AutoCloseable {

    static final int COMPLETIONS_PER_CASE = 11;
    static final BigDecimal FINE = new BigDecimal("500.00");

    final ConfigurableApplicationContext app;
    final CaseFileService cases;
    final CaseWorkflowService workflow;
    final InboxService inbox;
    final OrganizationService organization;
    final Stats.Breakdown breakdown = new Stats.Breakdown();
    private final Actor[] officers;
    private final Actor[] heads;
    private final Actor leader;
    private final long item;
    /** The item's tier holding the fine for a natural person (null when the item has no benchmark). */
    private final Long tier;
    private final java.time.Clock clock;

    /** The HTTP port of the application under test. */
    int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** The application on a fresh database, with {@code extra} arguments (e.g. a document setting). */
    OurThroughput(BenchConfig cfg, String... extra) throws Exception {
        if (!Boolean.getBoolean("bench.reuse")) { // -Dbench.reuse=true: the database of an earlier run as it is
            Databases.recreate(cfg, cfg.database());
        }
        app = new SpringApplicationBuilder(ZhifaApplication.class).profiles("mysql").run(args(cfg, extra));
        cases = app.getBean(CaseFileService.class);
        workflow = app.getBean(CaseWorkflowService.class);
        inbox = app.getBean(InboxService.class);
        organization = app.getBean(OrganizationService.class);
        officers = new Actor[] {actor("officer1"), actor("officer2"), actor("officer3"), actor("officer4")};
        heads = new Actor[] {actor("head1"), actor("head2")};
        leader = actor("leader1");
        clock = app.getBean(java.time.Clock.class);
        item = organization.items(true).stream().map(ViolationItem::id).findFirst().orElseThrow();
        tier = app.getBean(cn.zhifa.organization.DiscretionBenchmarkService.class).tiersHolding(item, false, FINE)
                .stream().findFirst().map(cn.zhifa.organization.DiscretionBenchmark::id).orElse(null);
    }

    private static String[] args(BenchConfig cfg, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of(
                "--spring.datasource.url=" + cfg.url(cfg.database()),
                "--spring.datasource.username=" + cfg.user(),
                "--spring.datasource.password=" + cfg.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--zhifa.security.allow-default-passwords=true",
                "--zhifa.demo-data=true",
                "--zhifa.record.seal-key-file=classpath:record/test-seal-key.pem",
                "--zhifa.record.checkpoint-dir=" + System.getProperty("java.io.tmpdir") + "/zhifa-bench-checkpoints/"
                        + System.nanoTime(),
                "--zhifa.publication.search-burst=100000000",
                "--zhifa.publication.search-per-second=100000000",
                "--camunda.bpm.job-execution.enabled=false",
                "--vaadin.launch-browser=false",
                "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm.engine.context=OFF",
                "--spring.main.banner-mode=off"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    Actor actor(String username) {
        return organization.findByUsername(username).orElseThrow().toActor();
    }

    /** Runs case number {@code n} from lead to archive. */
    void runCase(int n) {
        Actor lead = officers[n % 4];
        Actor assist = officers[(n + 1) % 4];
        Actor head = heads[n % 2];
        LocalDate today = LocalDate.now(clock);
        String party = "压测当事人" + n;
        long t0 = System.nanoTime();
        CaseFile c = cases.registerLead(lead, new NewLead(LeadSource.INSPECTION, "巡查发现占道经营：" + party, "朝阳路1号",
                today, today, null, List.of(new Party(PartyKind.NATURAL_PERSON, party, IdType.ID_CARD,
                        "110105199001011234", "13800000000", "朝阳路1号"))));
        breakdown.add("registerLead", System.nanoTime() - t0);
        step(c.id(), lead, new StepPayload.VerifyLead(true, item, today, List.of(lead.userId(), assist.userId()),
                "核查属实，建议立案"));
        step(c.id(), head, new StepPayload.ApproveFiling(true, "同意立案"));
        step(c.id(), lead, new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        step(c.id(), lead, new StepPayload.InvestigationReport(OutcomeType.FINE, FINE, null, "责令立即改正", "一般情形",
                false, null, false).withBenchmark(tier));
        step(c.id(), leader, new StepPayload.CaseReview(true, false, false, "同意"));
        step(c.id(), lead, new StepPayload.AdvanceNotice(today, ServiceMethod.DIRECT));
        step(c.id(), lead, new StepPayload.StatementDefence(true, null, null));
        step(c.id(), head, new StepPayload.Decision(OutcomeType.FINE, FINE, null, "责令立即改正", today));
        step(c.id(), assist, new StepPayload.Service(today, ServiceMethod.DIRECT));
        step(c.id(), lead, new StepPayload.Execution(FINE, today, null));
        CaseFile done = step(c.id(), head, new StepPayload.ClosingApproval(true, "同意结案"));
        if (done.stage() != CaseStage.ARCHIVED) {
            throw new IllegalStateException("case " + c.id() + " not archived: " + done.stage());
        }
    }

    private CaseFile step(long caseId, Actor actor, StepPayload payload) {
        long t0 = System.nanoTime();
        List<InboxTask> open = inbox.openTasksOfCase(caseId);
        long t1 = System.nanoTime();
        CaseFile c = workflow.complete(actor, open.get(0).taskId(), payload);
        long t2 = System.nanoTime();
        breakdown.add("openTasksOfCase", t1 - t0);
        breakdown.add(open.get(0).taskKey(), t2 - t1);
        return c;
    }

    @Override
    public void close() {
        app.close();
    }
}
