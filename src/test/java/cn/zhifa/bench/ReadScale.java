package cn.zhifa.bench;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.tasks.InboxFilter;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskCentre;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;

/**
 * Read benchmark at scale: bulk-loads our tables (not through the engine) with open cases (one open task each) and
 * closed cases spread over several units and ten years, then times the officer inbox and case search through the
 * services. Optionally loads the same open tasks into the bare engine's runtime tables and times its own
 * candidate-group task query as a comparison point.
 */
final class ReadScale {

    private static final int BATCH = 5000;
    /** A single query type stops after this much time (a slow query must not stall the run). */
    private static final long TIME_CAP_NANOS = 20_000_000_000L;
    /** Stages of open cases with their share in per cent. */
    private static final Object[][] OPEN_STAGES = {{CaseStage.VERIFICATION, 10}, {CaseStage.FILING_APPROVAL, 5},
        {CaseStage.INVESTIGATION, 35}, {CaseStage.INVESTIGATION_REPORT, 10}, {CaseStage.CASE_REVIEW, 5},
        {CaseStage.ADVANCE_NOTICE, 5}, {CaseStage.STATEMENT, 10}, {CaseStage.DECISION, 5}, {CaseStage.SERVICE, 5},
        {CaseStage.EXECUTION, 7}, {CaseStage.CLOSING, 3}};

    private final BenchConfig cfg;
    private final Report report;
    private final InboxService inbox;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final TaskCentre centre;
    private final Random random = new Random(20260101L);
    private final PartyNames names = new PartyNames();
    private final Map<CaseStage, String> taskOfStage = new EnumMap<>(CaseStage.class);

    private final List<BenchUnit> units = new ArrayList<>();
    /** Open tasks, kept for loading them into the bare engine too. */
    private final List<OpenTask> openTasks = new ArrayList<>();
    private String sampleCaseNo;
    private String samplePersonPrefix;
    /** A sample company's trade name and the first character of its industry (3 characters, rare). */
    private String sampleTradeFragment;

    record BenchUnit(long id, String prefix, List<Long> officers, long leader, List<Long> heads, long reviewer) {
    }

    record OpenTask(String taskId, long caseId, long unitId, String taskKey, String group, Long assignee,
            List<Long> handlers, LocalDateTime created) {
    }

    ReadScale(BenchConfig cfg, Report report, InboxService inbox, CaseFileService cases,
            OrganizationService organization, TaskCentre centre) {
        this.centre = centre;
        this.cfg = cfg;
        this.report = report;
        this.inbox = inbox;
        this.cases = cases;
        this.organization = organization;
        cn.zhifa.procedure.ProcedureSteps.declarations().forEach(s -> taskOfStage.put(s.stage(), s.taskKey()));
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    /**
     * Loads units, users, cases, handlers and open tasks; returns the seconds it took, or -1 when the data of an
     * earlier run is there and {@code -Dbench.reuse=true} asks to measure it as it is.
     */
    double populate() throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = Databases.connect(cfg, cfg.url(cfg.database()))) {
            String[] loaded = Boolean.getBoolean("bench.reuse") ? LoadedScale.restore(c, cfg, units) : null;
            if (loaded != null) {
                sampleCaseNo = loaded[0];
                samplePersonPrefix = loaded[1];
                sampleTradeFragment = loaded[2];
                System.out.printf("[bench] %s reused as loaded (%d units)%n", cfg.database(), units.size());
                return -1;
            }
            try (Statement s = c.createStatement()) {
                // bulk load of benchmark data only: skip the per-row foreign-key lookups of this session
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION unique_checks = 0"); // generated data is unique by construction
            }
            c.setAutoCommit(false);
            List<Long> items = longs(c, "SELECT id FROM violation_item ORDER BY id");
            long nextId = longs(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM case_file").get(0);
            createUnitsAndUsers(c);
            c.commit();
            Map<String, Integer> caseSeq = new HashMap<>();
            int javaFrom = 0;
            if ("sql".equals(System.getProperty("bench.closedLoader"))) { // the closed cases inside MariaDB
                long s0 = System.nanoTime();
                caseSeq = ClosedCasesLoader.load(c, cfg.closedCases(), units, items, nextId, names);
                javaFrom = cfg.closedCases();
                phase("closed cases (sql loader)", s0);
            }
            long p0 = System.nanoTime();
            loadCases(c, items, nextId, javaFrom, caseSeq);
            long h0 = phase("cases (java loader)", p0);
            try (Statement s = c.createStatement()) {
                // the handlers' queue the inbox keeps for HANDLER tasks (V220), as the task listener would fill it (the
                // cases of the throughput runs are there already: IGNORE)
                s.execute("INSERT IGNORE INTO task_inbox_handler (task_id, user_id, case_id, urgency_due, created_at)"
                        + " SELECT t.task_id, h.user_id, t.case_id, t.urgency_due, t.created_at FROM task_inbox t"
                        + " JOIN case_handler h ON h.case_id = t.case_id WHERE t.candidate_group = 'HANDLER'");
                c.commit();
                phase("task_inbox_handler", h0);
                // the party search's posting lists (decision 0032), filled by the migration's own statement
                // (as on a migrated database: filled in key order, the index by case built afterwards — V350–V353)
                long g0 = System.nanoTime();
                s.execute("DROP INDEX ix_case_party_gram_case ON case_party_gram");
                s.execute(migration("db/vendor/mysql/V352__case_party_gram_fill.sql"));
                c.commit();
                s.execute(migration("db/migration/V353__case_party_gram_by_case.sql"));
                phase("case_party_gram fill", g0);
                long d0 = System.nanoTime();
                // 已办: the closing step of each closed case, completed by its lead handler
                s.execute("INSERT INTO task_done (task_id, user_id, case_id, unit_id, task_key, procedure_type, "
                        + "created_at, completed_at) SELECT CONCAT('done-', c.id), h.user_id, c.id, c.unit_id, "
                        + "'" + taskOfStage.get(CaseStage.CLOSING) + "', 'ORDINARY', c.registered_at, "
                        + "COALESCE(c.archived_at, c.registered_at) "
                        + "FROM case_file c JOIN case_handler h ON h.case_id = c.id AND h.role = 'LEAD' "
                        + "WHERE c.stage IN ('ARCHIVED', 'NOT_FILED') AND c.id >= " + nextId);
                c.commit();
                phase("task_done", d0);
                long a0 = System.nanoTime();
                s.execute("ANALYZE TABLE case_file, case_handler, task_inbox, task_inbox_handler, app_user, "
                        + "case_party_gram, task_done");
                phase("ANALYZE", a0);
            }
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Prints the seconds a load phase took since {@code t0}; returns now, the next phase's start. */
    private static long phase(String name, long t0) {
        long t = System.nanoTime();
        System.out.printf("[bench] phase %s: %.1f s%n", name, (t - t0) / 1e9);
        return t;
    }

    /** A migration's SQL from the classpath (one statement, comments dropped). */
    private static String migration(String resource) {
        try (var in = ReadScale.class.getClassLoader().getResourceAsStream(resource)) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return sql.replaceAll("(?m)^--.*$", "").trim().replaceAll(";$", "");
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("no migration " + resource, e);
        }
    }

    private void createUnitsAndUsers(Connection c) throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        try (PreparedStatement unit = c.prepareStatement("INSERT INTO org_unit (code, name, kind, parent_id, "
                + "case_number_prefix) VALUES (?, ?, 'TEAM', NULL, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement user = c.prepareStatement("INSERT INTO app_user (username, password_hash, "
                        + "display_name, unit_id, enabled, created_at) VALUES (?, 'x', ?, ?, TRUE, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
            for (int u = 0; u < cfg.units(); u++) {
                String prefix = String.format("压%02d综执", u);
                unit.setString(1, String.format("BENCH-%02d", u));
                unit.setString(2, String.format("压测执法队%02d", u));
                unit.setString(3, prefix);
                unit.executeUpdate();
                long unitId = generated(unit);
                List<Long> officers = new ArrayList<>();
                for (int o = 0; o < cfg.officersPerUnit(); o++) {
                    officers.add(user(user, role, now, unitId, String.format("bench_u%02d_o%02d", u, o), Role.OFFICER));
                }
                long leader = user(user, role, now, unitId, String.format("bench_u%02d_leader", u), Role.TEAM_LEADER,
                        Role.OFFICER);
                List<Long> heads = List.of(user(user, role, now, unitId, String.format("bench_u%02d_head1", u),
                        Role.HEAD), user(user, role, now, unitId, String.format("bench_u%02d_head2", u), Role.HEAD));
                long reviewer = user(user, role, now, unitId, String.format("bench_u%02d_reviewer", u),
                        Role.LEGAL_REVIEWER);
                units.add(new BenchUnit(unitId, prefix, officers, leader, heads, reviewer));
            }
        }
    }

    private static long user(PreparedStatement user, PreparedStatement role, LocalDateTime now, long unitId,
            String username, Role... roles) throws SQLException {
        user.setString(1, username);
        user.setString(2, username);
        user.setLong(3, unitId);
        user.setTimestamp(4, Timestamp.valueOf(now));
        user.executeUpdate();
        long id = generated(user);
        for (Role r : roles) {
            role.setLong(1, id);
            role.setString(2, r.name());
            role.executeUpdate();
        }
        return id;
    }

    /**
     * Cases {@code from ..} of closed then open ones (the closed ones below {@code from} are loaded already), filed
     * ones numbered on from {@code caseSeq} (last number per "unitId/year").
     */
    private void loadCases(Connection c, List<Long> items, long firstId, int from, Map<String, Integer> caseSeq)
            throws SQLException {
        int closed = cfg.closedCases();
        int total = closed + cfg.openTasks();
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDateTime tenYearsAgo = now.minusYears(10);
        LocalDateTime openFrom = now.minusDays(120);
        long closedSpan = java.time.Duration.between(tenYearsAgo, openFrom).getSeconds();
        long openSpan = java.time.Duration.between(openFrom, now).getSeconds();
        String[] sources = {"INSPECTION", "COMPLAINT", "HOTLINE_12345", "REFERRAL", "VIDEO_PATROL"};

        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_file (id, case_no, case_year, case_seq, "
                + "unit_id, procedure_type, stage, lead_source, lead_summary, location, item_id, party_name, act_date, "
                + "discovered_date, filed_date, closed_date, archived_at, registered_by, registered_at, version) "
                + "VALUES (?, ?, ?, ?, ?, 'ORDINARY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3)");
                PreparedStatement handler = c.prepareStatement(
                        "INSERT INTO case_handler (case_id, user_id, role) VALUES (?, ?, ?)");
                PreparedStatement task = c.prepareStatement("INSERT INTO task_inbox (task_id, case_id, unit_id, "
                        + "task_key, candidate_group, assignee_id, created_at, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = from; i < total; i++) {
                long id = firstId + i;
                boolean open = i >= closed;
                BenchUnit u = units.get(random.nextInt(units.size()));
                LocalDateTime registered = open
                        ? openFrom.plusSeconds((long) ((i - closed) / (double) cfg.openTasks() * openSpan))
                        : tenYearsAgo.plusSeconds((long) (i / (double) closed * closedSpan));
                LocalDate discovered = registered.toLocalDate().minusDays(random.nextInt(3));
                CaseStage stage = open ? openStage() : (random.nextInt(100) < 5 ? CaseStage.NOT_FILED : CaseStage.ARCHIVED);
                boolean filed = stage != CaseStage.VERIFICATION && stage != CaseStage.FILING_APPROVAL
                        && stage != CaseStage.NOT_FILED;
                boolean hasHandlers = stage != CaseStage.VERIFICATION && stage != CaseStage.NOT_FILED;
                String caseNo = null;
                Integer caseYear = null;
                Integer caseNumber = null;
                LocalDate filedDate = null;
                if (filed) {
                    filedDate = registered.toLocalDate().plusDays(1 + random.nextInt(5));
                    caseYear = filedDate.getYear();
                    caseNumber = caseSeq.merge(u.id() + "/" + caseYear, 1, Integer::sum);
                    caseNo = String.format("%s立字〔%d〕第%04d号", u.prefix(), caseYear, caseNumber);
                }
                String party = names.party(random);
                long lead = u.officers().get(random.nextInt(u.officers().size()));
                long assist = u.officers().get(random.nextInt(u.officers().size()));
                while (assist == lead) {
                    assist = u.officers().get(random.nextInt(u.officers().size()));
                }
                int p = 1;
                ins.setLong(p++, id);
                ins.setString(p++, caseNo);
                ins.setObject(p++, caseYear);
                ins.setObject(p++, caseNumber);
                ins.setLong(p++, u.id());
                ins.setString(p++, stage.name());
                ins.setString(p++, sources[random.nextInt(sources.length)]);
                ins.setString(p++, "巡查发现占道经营：" + party);
                ins.setString(p++, "朝阳路" + (1 + random.nextInt(300)) + "号");
                ins.setObject(p++, items.isEmpty() ? null : items.get(random.nextInt(items.size())));
                ins.setString(p++, party);
                ins.setObject(p++, discovered);
                ins.setObject(p++, discovered);
                ins.setObject(p++, filedDate);
                ins.setObject(p++, open ? null : registered.toLocalDate().plusDays(30 + random.nextInt(60)));
                ins.setObject(p++, stage == CaseStage.ARCHIVED ? registered.plusDays(90) : null);
                ins.setLong(p++, lead);
                ins.setObject(p++, registered);
                ins.addBatch();
                if (hasHandlers) {
                    handler.setLong(1, id);
                    handler.setLong(2, lead);
                    handler.setString(3, "LEAD");
                    handler.addBatch();
                    handler.setLong(1, id);
                    handler.setLong(2, assist);
                    handler.setString(3, "ASSIST");
                    handler.addBatch();
                }
                if (open) {
                    addOpenTask(task, id, u, stage, lead, assist, registered.plusHours(1 + random.nextInt(48)));
                }
                if (sampleCaseNo == null && caseNo != null && open) {
                    sampleCaseNo = caseNo;
                }
                if (samplePersonPrefix == null && open && party.length() == 3) {
                    samplePersonPrefix = party.substring(0, 2);
                }
                if (sampleTradeFragment == null && open && party.startsWith("望京")) {
                    sampleTradeFragment = party.substring(2, 5);
                }
                if ((i + 1) % BATCH == 0 || i == total - 1) {
                    ins.executeBatch();
                    handler.executeBatch();
                    task.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("[bench] loaded %,d / %,d cases%n", i + 1, total);
                }
            }
        }
    }

    private void addOpenTask(PreparedStatement task, long caseId, BenchUnit u, CaseStage stage, long lead, long assist,
            LocalDateTime created) throws SQLException {
        String taskKey = taskOfStage.get(stage);
        String group = switch (stage) {
            case VERIFICATION -> Role.OFFICER.name();
            case FILING_APPROVAL, DECISION, CLOSING -> Role.HEAD.name();
            case CASE_REVIEW -> Role.TEAM_LEADER.name();
            default -> OrdinaryProcedure.GROUP_HANDLER;
        };
        Long assignee = null;
        if (OrdinaryProcedure.GROUP_HANDLER.equals(group)) {
            assignee = random.nextInt(100) < 60 ? lead : null;
        } else if (random.nextInt(100) < 30) {
            assignee = switch (group) {
                case "HEAD" -> u.heads().get(random.nextInt(u.heads().size()));
                case "TEAM_LEADER" -> u.leader();
                default -> u.officers().get(random.nextInt(u.officers().size()));
            };
        }
        String taskId = UUID.randomUUID().toString();
        task.setString(1, taskId);
        task.setLong(2, caseId);
        task.setLong(3, u.id());
        task.setString(4, taskKey);
        task.setString(5, group);
        task.setObject(6, assignee);
        task.setObject(7, created);
        task.setObject(8, random.nextBoolean() ? created.toLocalDate().plusDays(15) : null);
        task.addBatch();
        openTasks.add(new OpenTask(taskId, caseId, u.id(), taskKey, group, assignee,
                stage == CaseStage.VERIFICATION ? List.of() : List.of(lead, assist), created));
    }

    private CaseStage openStage() {
        int r = random.nextInt(100);
        for (Object[] s : OPEN_STAGES) {
            r -= (Integer) s[1];
            if (r < 0) {
                return (CaseStage) s[0];
            }
        }
        return CaseStage.INVESTIGATION;
    }

    // ---- measuring --------------------------------------------------------------------------------------------

    void measure() {
        Map<String, Actor> inboxActors = new LinkedHashMap<>();
        for (int u = 0; u < Math.min(4, units.size()); u++) {
            inboxActors.put("officer (unit " + u + ")", organization.user(units.get(u).officers().get(u)).toActor());
        }
        inboxActors.put("team leader (unit 0)", organization.user(units.get(0).leader()).toActor());
        inboxActors.put("head (unit 1)", organization.user(units.get(Math.min(1, units.size() - 1)).heads().get(0))
                .toActor());

        report.heading("Officer inbox: InboxService.inbox(actor, 0, 50)");
        report.line(String.format("%,d open tasks/cases, %,d closed cases, %d units x %d officers; %d calls after "
                + "%d warm-up, one thread, actors round-robin.", cfg.openTasks(), cfg.closedCases(), cfg.units(),
                cfg.officersPerUnit(), cfg.latencyCalls(), cfg.latencyCalls() / 10));
        report.line("");
        List<Supplier<Integer>> calls = new ArrayList<>();
        inboxActors.values().forEach(a -> calls.add(() -> inbox.inbox(a, 0, 50).size()));
        long[] all = time(calls, cfg.latencyCalls());
        report.header("actor", "rows on page 1", "p50 ms", "p95 ms", "p99 ms", "max ms");
        inboxActors.forEach((name, a) -> {
            long[] one = time(List.of(() -> inbox.inbox(a, 0, 50).size()), cfg.latencyCalls() / 5);
            double[] ms = Stats.millis(one);
            report.row(name, inbox.inbox(a, 0, 50).size(), Stats.pct(ms, 50), Stats.pct(ms, 95), Stats.pct(ms, 99),
                    ms[ms.length - 1]);
        });
        double[] ms = Stats.millis(all);
        report.row("**all, round-robin**", "", Stats.pct(ms, 50), Stats.pct(ms, 95), Stats.pct(ms, 99),
                ms[ms.length - 1]);
        report.line("");
        report.line("Target: inbox p95 <= 50 ms -> " + (Stats.pct(ms, 95) <= 50 ? "**met**" : "**missed**"));

        report.heading("Case search: CaseFileService.search (page of 50)");
        Actor officer = inboxActors.values().iterator().next();
        Actor supervisor = organization.findByUsername("supervisor1").orElseThrow().toActor();
        LocalDate today = LocalDate.now();
        Map<String, Supplier<Integer>> searches = new LinkedHashMap<>();
        Map<String, Supplier<Integer>> countSearches = new LinkedHashMap<>();
        // party by any part of the name (decision 0032), by kind of fragment
        Actor officer2 = new ArrayList<>(inboxActors.values()).get(1);
        String given = samplePersonPrefix.substring(1) + "芳"; // a given name's two characters (middle + end)
        Map<String, String> fragments = new LinkedHashMap<>();
        fragments.put("1 char, common surname", "王");
        fragments.put("1 char, given-name character", "桂");
        fragments.put("2 char, common (有限, ~20 % of names)", "有限");
        fragments.put("2 char, industry (餐饮, ~2 %)", "餐饮");
        fragments.put("2 char, given name (middle + end)", given);
        fragments.put("3 char, trade name + industry (rare)", sampleTradeFragment);
        fragments.put("4 char, district + trade (rare)", "朝阳区" + sampleTradeFragment.charAt(0));
        fragments.put("no match", "不存在的名");
        fragments.forEach((kind, q) -> {
            searches.put("party '" + q + "': " + kind + " (own unit)",
                    () -> cases.search(officer2, new CaseQuery(null, q, null, null, null, 0, 50)).size());
        });
        searches.put("party '" + given + "' (supervisor, all units)",
                () -> cases.search(supervisor, new CaseQuery(null, given, null, null, null, 0, 50)).size());
        searches.put("party '有限' (supervisor, all units)",
                () -> cases.search(supervisor, new CaseQuery(null, "有限", null, null, null, 0, 50)).size());
        searches.put("party '" + sampleTradeFragment + "' + stage INVESTIGATION (own unit)",
                () -> cases.search(officer2, new CaseQuery(null, sampleTradeFragment, CaseStage.INVESTIGATION, null,
                        null, 0, 50)).size());
        countSearches.put("count, party '" + given + "' (own unit)",
                () -> (int) cases.count(officer2, new CaseQuery(null, given, null, null, null, 0, 50)));
        countSearches.put("count, party '" + sampleTradeFragment + "' (own unit)",
                () -> (int) cases.count(officer2, new CaseQuery(null, sampleTradeFragment, null, null, null, 0, 50)));
        countSearches.put("count, party '王' (own unit)",
                () -> (int) cases.count(officer2, new CaseQuery(null, "王", null, null, null, 0, 50)));
        countSearches.put("count, party '有限' (own unit)",
                () -> (int) cases.count(officer2, new CaseQuery(null, "有限", null, null, null, 0, 50)));
        Actor caseNoActor = actorOfUnitOf(sampleCaseNo);
        String partialNo = sampleCaseNo.substring(sampleCaseNo.indexOf('〔'));
        searches.put("case number, full '" + sampleCaseNo + "'",
                () -> cases.search(caseNoActor, new CaseQuery(sampleCaseNo, null, null, null, null, 0, 50)).size());
        searches.put("case number, partial '" + partialNo + "'",
                () -> cases.search(caseNoActor, new CaseQuery(partialNo, null, null, null, null, 0, 50)).size());
        searches.put("stage INVESTIGATION + last 30 days",
                () -> cases.search(officer, new CaseQuery(null, null, CaseStage.INVESTIGATION, today.minusDays(30),
                        today, 0, 50)).size());
        searches.put("stage ARCHIVED + one year, 3 years ago",
                () -> cases.search(officer, new CaseQuery(null, null, CaseStage.ARCHIVED, today.minusYears(4),
                        today.minusYears(3), 0, 50)).size());
        searches.put("no filter, newest first (own unit)",
                () -> cases.search(officer, CaseQuery.all()).size());
        report.header("search", "rows", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Double> p95s = new ArrayList<>();
        int perQuery = Math.max(20, cfg.latencyCalls() / 5);
        searches.forEach((name, call) -> {
            double[] s = Stats.millis(time(List.of(call), perQuery));
            p95s.add(Stats.pct(s, 95));
            report.row(name + (s.length < perQuery ? " (" + s.length + " calls, time cap)" : ""), call.get(),
                    Stats.pct(s, 50), Stats.pct(s, 95), Stats.pct(s, 99), s[s.length - 1]);
        });
        double worst = p95s.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        report.line("");
        report.line(String.format("Target: search p95 <= 100 ms -> worst p95 %s ms: %s (%d calls per query)",
                Report.f(worst), worst <= 100 ? "**met**" : "**missed**", perQuery));

        report.heading("Case search count (the grid's total): CaseFileService.count");
        report.header("count", "cases", "p50 ms", "p95 ms", "p99 ms", "max ms");
        countSearches.forEach((name, call) -> timedRow(name, call, perQuery));
        measureInboxViews(inboxActors);
    }

    /** The task centre's other views (issue 16 item 1): a saved filter (party + light) and 已办. */
    private void measureInboxViews(Map<String, Actor> inboxActors) {
        Actor officer = inboxActors.values().iterator().next();
        Actor leader = inboxActors.get("team leader (unit 0)");
        int n = Math.max(20, cfg.latencyCalls() / 5);
        report.heading("Task centre views: saved filter (party + light), unit tasks, 已办 (page of 50)");
        report.header("view", "rows", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Map<String, Supplier<Integer>> views = new LinkedHashMap<>();
        views.put("officer inbox, default (urgency)", () -> inbox.inbox(officer, 0, 50).size());
        views.put("officer inbox, filter party '有限' + light GREEN",
                () -> inbox.inbox(officer, new InboxFilter(null, null, null, "有限", DeadlineLight.GREEN, null), 0, 50)
                        .size());
        views.put("officer inbox, filter party '" + samplePersonPrefix + "' + light RED", () -> inbox.inbox(officer,
                new InboxFilter(null, null, null, samplePersonPrefix, DeadlineLight.RED, null), 0, 50).size());
        views.put("officer inbox, filter party '" + sampleTradeFragment + "' (rare)", () -> inbox.inbox(officer,
                new InboxFilter(null, null, null, sampleTradeFragment, null, null), 0, 50).size());
        views.put("team leader, unit tasks, filter party '有限' + light YELLOW", () -> inbox.unitTasks(leader,
                new InboxFilter(null, null, null, "有限", DeadlineLight.YELLOW, null), 0, 50).size());
        views.put("officer 已办 (TaskCentre.done)", () -> centre.done(officer, 0, 50).size());
        views.put("officer 已办, page 10", () -> centre.done(officer, 450, 50).size());
        views.forEach((name, call) -> timedRow(name, call, n));
    }

    private void timedRow(String name, Supplier<Integer> call, int n) {
        double[] s = Stats.millis(time(List.of(call), n));
        report.row(name + (s.length < n ? " (" + s.length + " calls, time cap)" : ""), call.get(), Stats.pct(s, 50),
                Stats.pct(s, 95), Stats.pct(s, 99), s[s.length - 1]);
    }

    private Actor actorOfUnitOf(String caseNo) {
        for (BenchUnit u : units) {
            if (caseNo.startsWith(u.prefix())) {
                return organization.user(u.officers().get(0)).toActor();
            }
        }
        throw new IllegalStateException("no unit for " + caseNo);
    }

    /** Warm-up of a tenth, then {@code n} timed calls round-robin over the suppliers. */
    static long[] time(List<Supplier<Integer>> calls, int n) {
        for (int i = 0; i < Math.max(5, n / 10); i++) {
            calls.get(i % calls.size()).get();
        }
        long[] nanos = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            calls.get(i % calls.size()).get();
            nanos[i] = System.nanoTime() - t0;
            if (nanos[i] + t0 - start > TIME_CAP_NANOS && i >= 9) {
                System.out.printf("[bench] time cap: stopped after %d of %d calls%n", i + 1, n);
                return java.util.Arrays.copyOf(nanos, i + 1);
            }
        }
        return nanos;
    }

    // ---- the engine's own task query, as a comparison point -------------------------------------------------

    /** Loads the same open tasks into the bare engine's runtime tables (task, candidate links, two variables). */
    double loadEngineTasks(BareEngine bare) throws SQLException {
        long t0 = System.nanoTime();
        String procDef = bare.engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(OrdinaryProcedure.PROCESS_KEY).singleResult().getId();
        try (Connection c = bare.dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
            }
            c.setAutoCommit(false);
            try (PreparedStatement task = c.prepareStatement("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, "
                    + "PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, "
                    + "LAST_UPDATED_, SUSPENSION_STATE_, TASK_STATE_) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, 1, 'Created')");
                    PreparedStatement link = c.prepareStatement("INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, "
                            + "TYPE_, USER_ID_, TASK_ID_) VALUES (?, 1, ?, 'candidate', ?, ?)");
                    PreparedStatement var = c.prepareStatement("INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, "
                            + "EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, LONG_, TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, "
                            + "IS_CONCURRENT_LOCAL_) VALUES (?, 1, 'long', ?, ?, ?, ?, ?, ?, ?, 1, 0)")) {
                int i = 0;
                for (OpenTask t : openTasks) {
                    String pi = UUID.randomUUID().toString();
                    Timestamp created = Timestamp.valueOf(t.created());
                    task.setString(1, t.taskId());
                    task.setString(2, pi);
                    task.setString(3, pi);
                    task.setString(4, procDef);
                    task.setString(5, t.taskKey());
                    task.setString(6, t.taskKey());
                    task.setString(7, t.assignee() == null ? null : String.valueOf(t.assignee()));
                    task.setTimestamp(8, created);
                    task.setTimestamp(9, created);
                    task.addBatch();
                    if (OrdinaryProcedure.GROUP_HANDLER.equals(t.group())) {
                        for (Long h : t.handlers()) {
                            link.setString(1, UUID.randomUUID().toString());
                            link.setString(2, null);
                            link.setString(3, String.valueOf(h));
                            link.setString(4, t.taskId());
                            link.addBatch();
                        }
                    } else {
                        link.setString(1, UUID.randomUUID().toString());
                        link.setString(2, t.group());
                        link.setString(3, null);
                        link.setString(4, t.taskId());
                        link.addBatch();
                    }
                    for (String[] v : new String[][] {{OrdinaryProcedure.VAR_CASE_ID, String.valueOf(t.caseId())},
                        {OrdinaryProcedure.VAR_UNIT_ID, String.valueOf(t.unitId())}}) {
                        var.setString(1, UUID.randomUUID().toString());
                        var.setString(2, v[0]);
                        var.setString(3, pi);
                        var.setString(4, pi);
                        var.setString(5, procDef);
                        var.setLong(6, Long.parseLong(v[1]));
                        var.setString(7, v[1]);
                        var.setString(8, pi);
                        var.addBatch();
                    }
                    if (++i % BATCH == 0 || i == openTasks.size()) {
                        task.executeBatch();
                        link.executeBatch();
                        var.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE");
            }
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    void measureEngine(BareEngine bare) {
        TaskService ts = bare.tasks;
        BenchUnit u0 = units.get(0);
        String officer = String.valueOf(u0.officers().get(0));
        report.heading("Comparison: the engine's own TaskQuery on the same open tasks (bare engine DB)");
        report.line(String.format("%,d runtime tasks with candidate links and caseId/unitId variables; closed cases "
                + "live only in the engine's history tables, which these queries do not touch.", openTasks.size()));
        report.line("");
        Map<String, Supplier<Integer>> q = new LinkedHashMap<>();
        q.put("taskCandidateGroup(OFFICER), by create time, page 50",
                () -> ts.createTaskQuery().taskCandidateGroup("OFFICER").orderByTaskCreateTime().asc()
                        .listPage(0, 50).size());
        q.put("taskCandidateGroup(OFFICER) + processVariable unitId, page 50",
                () -> ts.createTaskQuery().taskCandidateGroup("OFFICER")
                        .processVariableValueEquals(OrdinaryProcedure.VAR_UNIT_ID, u0.id()).orderByTaskCreateTime()
                        .asc().listPage(0, 50).size());
        q.put("officer inbox: or(assignee, candidateUser, candidateGroup OFFICER) + unitId, page 50",
                () -> ts.createTaskQuery().or().taskAssignee(officer).taskCandidateUser(officer)
                        .taskCandidateGroupIn(List.of("OFFICER")).endOr()
                        .processVariableValueEquals(OrdinaryProcedure.VAR_UNIT_ID, u0.id()).orderByTaskCreateTime()
                        .asc().listPage(0, 50).size());
        report.header("engine query", "rows", "p50 ms", "p95 ms", "p99 ms", "max ms");
        int n = Math.max(20, cfg.latencyCalls() / 5);
        q.forEach((name, call) -> {
            try {
                double[] s = Stats.millis(time(List.of(call), n));
                report.row(name, call.get(), Stats.pct(s, 50), Stats.pct(s, 95), Stats.pct(s, 99), s[s.length - 1]);
            } catch (RuntimeException e) {
                report.row(name, "failed: " + e.getClass().getSimpleName(), "", "", "", "");
            }
        });
    }

    private static long generated(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
