package cn.zhifa.bench;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Read benchmark at scale: bulk-loads our tables (not through the engine) with open cases (one open task each) and
 * closed cases spread over several units and ten years (the closed ones optionally inside MariaDB: {@link
 * ClosedCasesLoader}), then times the officer inbox and case search through the services ({@link
 * ReadScaleMeasures}). Optionally loads the same open tasks into the bare engine's runtime tables and times its own
 * candidate-group task query as a comparison point.
 */
final class ReadScale {

    static final int BATCH = 5000;
    /** Stages of open cases with their share in per cent. */
    private static final Object[][] OPEN_STAGES = {{CaseStage.VERIFICATION, 10}, {CaseStage.FILING_APPROVAL, 5},
        {CaseStage.INVESTIGATION, 35}, {CaseStage.INVESTIGATION_REPORT, 10}, {CaseStage.CASE_REVIEW, 5},
        {CaseStage.ADVANCE_NOTICE, 5}, {CaseStage.STATEMENT, 10}, {CaseStage.DECISION, 5}, {CaseStage.SERVICE, 5},
        {CaseStage.EXECUTION, 7}, {CaseStage.CLOSING, 3}};

    final BenchConfig cfg;
    final Report report;
    final InboxService inbox;
    final CaseFileService cases;
    final OrganizationService organization;
    final TaskCentre centre;
    private final Random random = new Random(20260101L);
    private final PartyNames names = new PartyNames();
    private final Map<CaseStage, String> taskOfStage = new EnumMap<>(CaseStage.class);

    final List<BenchUnit> units = new ArrayList<>();
    /** Open tasks, kept for loading them into the bare engine too. */
    final List<OpenTask> openTasks = new ArrayList<>();
    String sampleCaseNo;
    String samplePersonPrefix;
    /** A sample company's trade name and the first character of its industry (3 characters, rare). */
    String sampleTradeFragment;

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

    // ---- measuring: ReadScaleMeasures ------------------------------------------------------------------------

    void measure() {
        new ReadScaleMeasures(this).measure();
    }

    double loadEngineTasks(BareEngine bare) throws SQLException {
        return new ReadScaleMeasures(this).loadEngineTasks(bare);
    }

    void measureEngine(BareEngine bare) {
        new ReadScaleMeasures(this).measureEngine(bare);
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
