package cn.zhifa.demo;

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
import cn.zhifa.organization.NewCertificate;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with a demo street office, its enforcement team and people, the items catalogue and a
 * handful of cases at different stages — all through the services, so the demo obeys every rule. Runs once: it
 * does nothing when any user exists. Switch off with {@code zhifa.demo-data=false}.
 */
@Component
@Order(10)
public class DemoData implements ApplicationRunner {

    /** Password of every demo login (see README). */
    public static final String PASSWORD = "zhifa2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationService organization;
    private final CaseFileService cases;
    private final CaseWorkflowService workflow;
    private final InboxService inbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final Map<String, UserAccount> users = new HashMap<>();

    public DemoData(OrganizationService organization, CaseFileService cases, CaseWorkflowService workflow,
            InboxService inbox, JdbcTemplate jdbc, Clock clock, @Value("${zhifa.demo-data:false}") boolean enabled) {
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
        if (!enabled) {
            return;
        }
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        seed();
        LOG.info("Demo data seeded: {} users; password of every demo login: {}", users.size(), PASSWORD);
    }

    public void seed() {
        // bootstrap: the first admin is created directly, then everything goes through the services
        jdbc.update("INSERT INTO org_unit (code, name, kind, parent_id, case_number_prefix, address, phone) VALUES "
                + "('CY-JD', '朝阳街道办事处', 'AUTHORITY', NULL, '朝街', '朝阳路1号', '010-65000000')");
        Long authority = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'CY-JD'", Long.class);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, created_at) "
                + "VALUES ('bootstrap', 'x', 'bootstrap', ?, FALSE, CURRENT_TIMESTAMP)", authority);
        Long boot = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'bootstrap'", Long.class);
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN')", boot);
        Actor root = new Actor(boot, "bootstrap", "bootstrap", authority, Set.of(Role.ADMIN));

        Unit team = organization.createUnit(root, "CY-ZFD", "朝阳街道综合行政执法队", Unit.UnitKind.TEAM, authority,
                "朝综执", "朝阳路1号东楼", "010-65000012");
        Unit wjAuthority = organization.createUnit(root, "WJ-JD", "望京街道办事处", Unit.UnitKind.AUTHORITY, null,
                "望街", "望京街8号", "010-64700000");
        Unit wjTeam = organization.createUnit(root, "WJ-ZFD", "望京街道综合行政执法队", Unit.UnitKind.TEAM,
                wjAuthority.id(), "望综执", "望京街8号", "010-64700012");

        UserAccount admin = user(root, "admin", "系统管理员", team, Role.ADMIN);
        Actor adminActor = admin.toActor();
        users.put("admin", admin);
        for (String[] o : new String[][] {{"officer1", "王强"}, {"officer2", "李娜"}, {"officer3", "张伟"},
            {"officer4", "刘洋"}}) {
            users.put(o[0], user(adminActor, o[0], o[1], team, Role.OFFICER));
        }
        users.put("aux1", user(adminActor, "aux1", "赵敏", team, Role.AUXILIARY));
        users.put("leader1", user(adminActor, "leader1", "陈建国", team, Role.TEAM_LEADER, Role.OFFICER));
        users.put("reviewer1", user(adminActor, "reviewer1", "孙丽", team, Role.LEGAL_REVIEWER));
        users.put("reviewer2", user(adminActor, "reviewer2", "周正", team, Role.LEGAL_REVIEWER));
        users.put("head1", user(adminActor, "head1", "吴海", team, Role.HEAD));
        users.put("head2", user(adminActor, "head2", "郑芳", team, Role.HEAD));
        users.put("principal", user(adminActor, "principal", "黄志明", team, Role.HEAD, Role.PRINCIPAL_HEAD));
        users.put("supervisor1", user(adminActor, "supervisor1", "钱监督", team, Role.SUPERVISOR));
        users.put("wj_officer1", user(adminActor, "wj_officer1", "马超", wjTeam, Role.OFFICER));
        users.put("wj_officer2", user(adminActor, "wj_officer2", "冯雪", wjTeam, Role.OFFICER));
        users.put("wj_head1", user(adminActor, "wj_head1", "何平", wjTeam, Role.HEAD));

        LocalDate today = LocalDate.now(clock);
        int n = 1;
        for (String u : List.of("officer1", "officer2", "officer3", "officer4", "leader1", "wj_officer1",
                "wj_officer2")) {
            organization.addCertificate(adminActor, new NewCertificate(users.get(u).id(),
                    String.format("11010520%04d", n++), "城市管理综合执法", today.minusYears(2), today.plusYears(3)));
        }

        ViolationItem road = organization.saveItem(adminActor, null, "CG-001", "擅自占用城市道路",
                "《城市道路管理条例》第二十七条", "《城市道路管理条例》第四十二条", true);
        organization.saveItem(adminActor, null, "CG-002", "未经批准在城市道路两侧和公共场地堆放物料、摆摊设点",
                "《城市市容和环境卫生管理条例》第十四条", "《城市市容和环境卫生管理条例》第三十六条", true);
        ViolationItem posting = organization.saveItem(adminActor, null, "CG-003", "在建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品",
                "《城市市容和环境卫生管理条例》第十七条", "《城市市容和环境卫生管理条例》第三十四条", true);
        ViolationItem building = organization.saveItem(adminActor, null, "CG-004", "未取得建设工程规划许可证进行建设",
                "《中华人民共和国城乡规划法》第四十条", "《中华人民共和国城乡规划法》第六十四条", true);
        organization.saveItem(adminActor, null, "CG-005", "随意倾倒、抛撒或者堆放建筑垃圾",
                "《城市建筑垃圾管理规定》第十五条", "《城市建筑垃圾管理规定》第二十六条", true);

        demoCases(today, road, posting, building);
    }

    private void demoCases(LocalDate today, ViolationItem road, ViolationItem posting, ViolationItem building) {
        Actor officer1 = actor("officer1");
        Actor officer2 = actor("officer2");
        Actor head1 = actor("head1");
        LocalDate d = today.minusDays(3);

        // 1. a fresh lead waiting for verification
        cases.registerLead(officer1, lead(LeadSource.HOTLINE_12345, "12345热线反映：朝阳路88号门前餐馆占道经营，摆放桌椅",
                "朝阳路88号", d, person("刘某某", "110105198803041234", "13800001111", "朝阳路88号")));

        // 2. verified, waiting for the head's filing approval
        CaseFile c2 = cases.registerLead(officer2, lead(LeadSource.INSPECTION, "巡查发现朝阳北街小区外墙大量张贴小广告",
                "朝阳北街12号", d, org("北京某某广告有限公司", "91110105MA01ABCD1X", "010-88886666", "朝阳北街12号")));
        step(c2, officer2, new StepPayload.VerifyLead(true, posting.id(), d, ids("officer2", "officer3"),
                "经核查，违法事实初步成立，属本机关管辖，未过追责时效，建议立案。"));

        // 3. filed and under investigation
        CaseFile c3 = cases.registerLead(officer1, lead(LeadSource.VIDEO_PATROL, "视频巡查发现朝阳东路商铺店外堆放货物占用人行道",
                "朝阳东路21号", d, person("陈某", "110105197912120021", "13911112222", "朝阳东路21号")));
        step(c3, officer1, new StepPayload.VerifyLead(true, road.id(), d, ids("officer1", "officer3"),
                "核查属实，建议立案。"));
        step(c3, head1, new StepPayload.ApproveFiling(true, "同意立案"));

        // 4. through investigation, review and notice: waiting for the party's statement
        CaseFile c4 = cases.registerLead(officer1, lead(LeadSource.COMPLAINT, "群众举报朝阳南路某小区一层住户私搭乱建",
                "朝阳南路5号院3号楼", d, person("孙某", "11010519700101003X", "13700003333", "朝阳南路5号院3号楼101")));
        step(c4, officer1, new StepPayload.VerifyLead(true, building.id(), d, ids("officer1", "officer2"), "核查属实，建议立案。"));
        step(c4, head1, new StepPayload.ApproveFiling(true, "同意立案"));
        advanceToNotice(c4, officer1, d);

        // 5. a whole case through to archive
        CaseFile c5 = cases.registerLead(officer2, lead(LeadSource.INSPECTION, "巡查发现朝阳路66号商户占道设摊",
                "朝阳路66号", d, person("王某某", "110105199001011234", "13600004444", "朝阳路66号")));
        step(c5, officer2, new StepPayload.VerifyLead(true, road.id(), d, ids("officer2", "officer4"), "核查属实，建议立案。"));
        step(c5, head1, new StepPayload.ApproveFiling(true, "同意立案"));
        advanceToNotice(c5, officer2, d);
        step(c5, officer2, new StepPayload.StatementDefence(true, null, null));
        step(c5, head1, new StepPayload.Decision(OutcomeType.FINE, new BigDecimal("500.00"), null,
                "责令立即改正，清除占道物品", today));
        step(c5, officer2, new StepPayload.Service(today, ServiceMethod.DIRECT));
        step(c5, officer2, new StepPayload.Execution(new BigDecimal("500.00"), today, null));
        step(c5, head1, new StepPayload.ClosingApproval(true, "已履行完毕，同意结案"));
    }

    private void advanceToNotice(CaseFile c, Actor handler, LocalDate d) {
        step(c, handler, new StepPayload.Investigate("经现场检查和询问，当事人未经批准占用城市道路，事实清楚。",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"),
                        new StepPayload.DocumentInput("INTERVIEW_RECORD", "询问笔录"))));
        step(c, handler, new StepPayload.InvestigationReport(OutcomeType.FINE, new BigDecimal("500.00"), null,
                "责令立即改正，清除占道物品", "初次违法、及时改正，按裁量基准一般情形从轻处罚", false, null, false));
        step(c, actor("leader1"), new StepPayload.CaseReview(true, false, false, "事实清楚，证据确凿，同意"));
        step(c, handler, new StepPayload.AdvanceNotice(LocalDate.now(clock), ServiceMethod.DIRECT));
    }

    private void step(CaseFile c, Actor actor, StepPayload payload) {
        List<InboxTask> open = inbox.openTasksOfCase(c.id());
        workflow.complete(actor, open.get(0).taskId(), payload);
    }

    private UserAccount user(Actor admin, String username, String name, Unit unit, Role... roles) {
        return organization.createUser(admin, new NewUser(username, PASSWORD, name, unit.id(), null,
                EnumSet.copyOf(List.of(roles))));
    }

    private Actor actor(String username) {
        return users.get(username).toActor();
    }

    private List<Long> ids(String... usernames) {
        return java.util.Arrays.stream(usernames).map(u -> users.get(u).id()).toList();
    }

    private static NewLead lead(LeadSource source, String summary, String location, LocalDate d, Party party) {
        return new NewLead(source, summary, location, d, d, null, List.of(party));
    }

    private static Party person(String name, String id, String phone, String address) {
        return new Party(PartyKind.NATURAL_PERSON, name, IdType.ID_CARD, id, phone, address);
    }

    private static Party org(String name, String code, String phone, String address) {
        return new Party(PartyKind.ORGANIZATION, name, IdType.CREDIT_CODE, code, phone, address);
    }
}
