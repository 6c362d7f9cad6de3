package cn.zhifa.bench;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.tasks.InboxFilter;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskCentre;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;

/**
 * The measuring half of {@link ReadScale}: officer inbox, case search and count, task-centre views through the
 * services over the loaded data, and the bare engine's own task query on the same open tasks as a comparison point.
 */
final class ReadScaleMeasures {

    /** A single query type stops after this much time (a slow query must not stall the run). */
    private static final long TIME_CAP_NANOS = 20_000_000_000L;

    private final BenchConfig cfg;
    private final Report report;
    private final InboxService inbox;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final TaskCentre centre;
    private final List<ReadScale.BenchUnit> units;
    private final List<ReadScale.OpenTask> openTasks;
    private final String sampleCaseNo;
    private final String samplePersonPrefix;
    private final String sampleTradeFragment;

    ReadScaleMeasures(ReadScale s) {
        cfg = s.cfg;
        report = s.report;
        inbox = s.inbox;
        cases = s.cases;
        organization = s.organization;
        centre = s.centre;
        units = s.units;
        openTasks = s.openTasks;
        sampleCaseNo = s.sampleCaseNo;
        samplePersonPrefix = s.samplePersonPrefix;
        sampleTradeFragment = s.sampleTradeFragment;
    }

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
        views.put("officer inbox, filter party '餐饮' (~2 % of names)", () -> inbox.inbox(officer,
                new InboxFilter(null, null, null, "餐饮", null, null), 0, 50).size());
        views.put("officer inbox, filter party '不存在的名' (no case)", () -> inbox.inbox(officer,
                new InboxFilter(null, null, null, "不存在的名", null, null), 0, 50).size());
        views.put("officer inbox, filter step 调查取证 + light RED", () -> inbox.inbox(officer,
                new InboxFilter(null, OrdinaryProcedure.TASK_INVESTIGATE, null, null, DeadlineLight.RED, null), 0, 50).size());
        long item = organization.items(true).get(0).id();
        views.put("officer inbox, filter item (1 of " + organization.items(true).size() + ") + light YELLOW",
                () -> inbox.inbox(officer, new InboxFilter(null, null, item, null, DeadlineLight.YELLOW, null), 0, 50)
                        .size());
        views.put("officer inbox, page 2", () -> inbox.inbox(officer, 50, 50).size());
        views.put("team leader, unit tasks, filter party '" + sampleTradeFragment + "' (rare)", () -> inbox.unitTasks(
                leader, new InboxFilter(null, null, null, sampleTradeFragment, null, null), 0, 50).size());
        views.put("team leader, unit tasks, filter handler (an officer)", () -> inbox.unitTasks(leader,
                new InboxFilter(null, null, null, null, null, officer.userId()), 0, 50).size());
        views.put("officer 已办 (TaskCentre.done)", () -> centre.done(officer, 0, 50).size());
        views.put("officer 已办, page 10", () -> centre.done(officer, 450, 50).size());
        List<Double> p95s = new java.util.ArrayList<>();
        views.forEach((name, call) -> p95s.add(timedRow(name, call, n)));
        double worst = p95s.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        report.line("");
        report.line(String.format("Target: every task-centre view p95 <= 50 ms -> worst p95 %s ms: %s (%d calls each)",
                Report.f(worst), worst <= 50 ? "**met**" : "**missed**", n));
    }

    /** Times {@code call} n times (after the warm-up of {@link #time}) and reports a row; returns its p95 (ms). */
    private double timedRow(String name, Supplier<Integer> call, int n) {
        double[] s = Stats.millis(time(List.of(call), n));
        report.row(name + (s.length < n ? " (" + s.length + " calls, time cap)" : ""), call.get(), Stats.pct(s, 50),
                Stats.pct(s, 95), Stats.pct(s, 99), s[s.length - 1]);
        return Stats.pct(s, 95);
    }

    private Actor actorOfUnitOf(String caseNo) {
        for (ReadScale.BenchUnit u : units) {
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
                for (ReadScale.OpenTask t : openTasks) {
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
                    if (++i % ReadScale.BATCH == 0 || i == openTasks.size()) {
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
        ReadScale.BenchUnit u0 = units.get(0);
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
}
