package cn.zhifa.supervision;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.casefile.CaseTallies;
import cn.zhifa.supervision.Cockpit.Chart;
import cn.zhifa.supervision.Cockpit.DrillRow;
import cn.zhifa.supervision.Cockpit.Figures;
import cn.zhifa.supervision.Letter.NewLetter;
import cn.zhifa.supervision.Plans.NewPlan;
import cn.zhifa.supervision.Plans.Objection;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Redraw;
import cn.zhifa.supervision.Plans.Score;
import cn.zhifa.supervision.Plans.ScoreInput;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.supervision.Rectification.NewRectification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST: rubric, pre-audit findings, review plans and scores, reports and objections, rectification, letters, cockpit. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "案卷评查、整改、监督函、驾驶舱")
class SupervisionApi {

    private final RubricService rubrics;
    private final PreAuditService audits;
    private final PreAuditJob job;
    private final ReviewPlanService plans;
    private final ReportService reports;
    private final ScoringService scoring;
    private final RectificationService rectifications;
    private final LetterService letters;
    private final CockpitService cockpit;

    SupervisionApi(RubricService rubrics, PreAuditService audits, PreAuditJob job, ReviewPlanService plans,
            ReportService reports, ScoringService scoring, RectificationService rectifications, LetterService letters, CockpitService cockpit) {
        this.rubrics = rubrics;
        this.audits = audits;
        this.job = job;
        this.plans = plans;
        this.reports = reports;
        this.scoring = scoring;
        this.rectifications = rectifications;
        this.letters = letters;
        this.cockpit = cockpit;
    }

    record NewRubric(String name, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom,
            List<Rubric.Section> sections, List<Rubric.Item> items) {
    }

    record Assignment(long reviewerId) {
    }

    record ReportRequest(long unitId, String advice) {
    }

    record ObjectionRequest(Long planCaseId, String reason) {
    }

    record RecheckRequest(boolean upheld, String reply) {
    }

    record Note(String note) {
    }

    record RectificationRecheck(boolean accepted, String note) {
    }

    record Reply(String reply) {
    }

    // rubric
    @GetMapping("/rubric")
    @Operation(summary = "The current rubric (评查标准): sections, items, veto and basic items, grade bands")
    Rubric rubric() {
        return rubrics.current();
    }

    @GetMapping("/rubric/versions")
    @Operation(summary = "Every rubric version")
    List<Rubric> rubricVersions() {
        return rubrics.versions();
    }

    @PostMapping("/rubric")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save an edited rubric as the next version (admin)")
    Rubric saveRubric(@RequestBody NewRubric r) {
        return rubrics.saveNewVersion(CurrentActor.get(), r.name(), r.excellentFrom(), r.goodFrom(), r.passFrom(),
                r.sections(), r.items());
    }

    // pre-audit
    @GetMapping("/cases/{caseId}/findings")
    @Operation(summary = "The case's pre-audit findings (自动预审), each with its rubric item and proposed deduction")
    List<Finding> findings(@PathVariable long caseId) {
        return audits.findings(CurrentActor.get(), caseId);
    }

    @PostMapping("/audit-all")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the full re-audit of every case as a background job (supervisors, admins)")
    PreAuditJob.Progress auditAll() {
        return job.start(CurrentActor.get());
    }

    @GetMapping("/audit-all")
    @Operation(summary = "Progress of the full re-audit")
    PreAuditJob.Progress auditProgress() {
        return job.progress();
    }

    // plans
    @GetMapping("/plans")
    @Operation(summary = "Review plans (评查计划), newest first")
    List<Plan> plans() {
        return plans.plans(CurrentActor.get());
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a plan and draw its cases (全面 / 抽查 with seed, targeted picks)")
    Plan create(@RequestBody NewPlan plan) {
        return plans.create(CurrentActor.get(), plan);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "A plan with its cases, reviewers and panel results")
    Plan plan(@PathVariable long id) {
        return plans.plan(CurrentActor.get(), id);
    }

    @GetMapping("/plans/{id}/redraw")
    @Operation(summary = "Re-draw the sample from the stored seed and population")
    Redraw redraw(@PathVariable long id) {
        return plans.redraw(CurrentActor.get(), id);
    }

    @PostMapping("/plan-cases/{id}/reviewers")
    @Operation(summary = "Assign a reviewer to a drawn case (recusal rules apply)")
    PlanCase assign(@PathVariable long id, @RequestBody Assignment a) {
        return plans.assign(CurrentActor.get(), id, a.reviewerId());
    }

    @GetMapping("/plan-cases/mine")
    @Operation(summary = "The cases assigned to me for scoring")
    List<PlanCase> mine() {
        return plans.myCases(CurrentActor.get());
    }

    @GetMapping("/plan-cases/{id}/sheet")
    @Operation(summary = "My score sheet: saved, or pre-filled from the pre-audit")
    Score sheet(@PathVariable long id) {
        return scoring.sheet(CurrentActor.get(), id);
    }

    @PutMapping("/plan-cases/{id}/score")
    @Operation(summary = "Save my score (every pre-audit proposal confirmed or overridden with a reason)")
    Score save(@PathVariable long id, @RequestBody ScoreInput input) {
        return scoring.save(CurrentActor.get(), id, input);
    }

    @PostMapping("/plan-cases/{id}/sign")
    @Operation(summary = "Sign my saved score")
    Score sign(@PathVariable long id) {
        return scoring.sign(CurrentActor.get(), id);
    }

    @GetMapping("/plan-cases/{id}/scores")
    @Operation(summary = "Every reviewer's score of the case (supervisors)")
    List<Score> scores(@PathVariable long id) {
        return scoring.scores(CurrentActor.get(), id);
    }

    // reports, objections
    @PostMapping("/plans/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue the report to one unit (一单位一问题清单); the objection period starts")
    UnitReport issue(@PathVariable long id, @RequestBody ReportRequest r) {
        return reports.issueReport(CurrentActor.get(), id, r.unitId(), r.advice());
    }

    @GetMapping("/plans/{id}/reports")
    @Operation(summary = "The plan's reports")
    List<UnitReport> reports(@PathVariable long id) {
        return reports.reports(CurrentActor.get(), id);
    }

    @GetMapping("/reports")
    @Operation(summary = "Reports to answer or re-check (heads, team leaders: their unit's; supervisors: every unit's)")
    List<UnitReport> myReports() {
        return reports.mine(CurrentActor.get());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report (supervisors; the reviewed unit's heads and team leaders)")
    UnitReport report(@PathVariable long id) {
        return reports.report(CurrentActor.get(), id);
    }

    @PostMapping("/reports/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "异议 within the objection period (the unit's heads)")
    Objection object(@PathVariable long id, @RequestBody ObjectionRequest o) {
        return reports.object(CurrentActor.get(), id, o.planCaseId(), o.reason());
    }

    @PostMapping("/objections/{id}/recheck")
    @Operation(summary = "复核: answer an objection (supervisors)")
    Objection recheck(@PathVariable long id, @RequestBody RecheckRequest r) {
        return reports.recheck(CurrentActor.get(), id, r.upheld(), r.reply());
    }

    // rectification
    @GetMapping("/rectifications")
    @Operation(summary = "Rectifications (supervisors: all units; others: their unit)")
    List<Rectification> rectifications(@RequestParam(required = false) String status) {
        return rectifications.list(CurrentActor.get(), status);
    }

    @PostMapping("/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a rectification (整改) to a unit; starts bpmn/rectification.bpmn")
    Rectification issue(@RequestBody NewRectification r) {
        return rectifications.issue(CurrentActor.get(), r);
    }

    @PostMapping("/rectifications/{id}/fix")
    @Operation(summary = "Report the fix (the unit's team leader or the case's handlers)")
    Rectification fix(@PathVariable long id, @RequestBody Note n) {
        return rectifications.fix(CurrentActor.get(), id, n.note());
    }

    @PostMapping("/rectifications/{id}/recheck")
    @Operation(summary = "Re-check: close or return (the reviewer)")
    Rectification recheckRectification(@PathVariable long id, @RequestBody RectificationRecheck r) {
        return rectifications.recheck(CurrentActor.get(), id, r.accepted(), r.note());
    }

    // letters
    @GetMapping("/letters")
    @Operation(summary = "Supervision letters (提醒函 / 督办函)")
    List<Letter> letters() {
        return letters.list(CurrentActor.get());
    }

    @PostMapping("/letters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a letter to a unit with a reply deadline (supervisors)")
    Letter send(@RequestBody NewLetter l) {
        return letters.send(CurrentActor.get(), l);
    }

    @PostMapping("/letters/{id}/reply")
    @Operation(summary = "Reply (the unit's heads)")
    Letter reply(@PathVariable long id, @RequestBody Reply r) {
        return letters.reply(CurrentActor.get(), id, r.reply());
    }

    @PostMapping("/letters/{id}/close")
    @Operation(summary = "Close a replied letter (supervisors)")
    Letter close(@PathVariable long id) {
        return letters.close(CurrentActor.get(), id);
    }

    // cockpit
    @GetMapping("/cockpit")
    @Operation(summary = "Cockpit figures (supervisors: all units or one; heads: own unit)")
    Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId) {
        return cockpit.figures(CurrentActor.get(), from, to, unitId);
    }

    @PostMapping("/cockpit/rebuild")
    @Operation(summary = "Rebuild the cockpit's counters from the case files, reporting any drift (supervisors, admins)")
    CaseTallies.Rebuilt rebuildCockpit() {
        return cockpit.rebuild(CurrentActor.get());
    }

    @GetMapping(value = "/cockpit/{chart}.csv", produces = "text/csv")
    @Operation(summary = "One chart's figures as CSV")
    ResponseEntity<byte[]> figureCsv(@PathVariable Chart chart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId) {
        return csv(chart.name().toLowerCase() + ".csv",
                CockpitService.csv(cockpit.figure(CurrentActor.get(), chart, from, to, unitId)));
    }

    @GetMapping("/cockpit/{chart}/drill")
    @Operation(summary = "The cases behind one figure (row key as in the figures)")
    List<DrillRow> drill(@PathVariable Chart chart, @RequestParam String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId) {
        return cockpit.drill(CurrentActor.get(), chart, key, from, to, unitId);
    }

    @GetMapping(value = "/cockpit/{chart}/drill.csv", produces = "text/csv")
    @Operation(summary = "The cases behind one figure as CSV")
    ResponseEntity<byte[]> drillCsv(@PathVariable Chart chart, @RequestParam String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId) {
        return csv(chart.name().toLowerCase() + "-drill.csv",
                CockpitService.csv(cockpit.drill(CurrentActor.get(), chart, key, from, to, unitId)));
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
