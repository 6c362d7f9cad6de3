package cn.zhifa.summary;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST: on-the-spot decisions (简易程序), hand-in, 备案, the end of a fine's execution, statistics by procedure. */
@RestController
@RequestMapping("/api")
@Tag(name = "summary", description = "简易程序 — on-the-spot penalties")
class SummaryApi {

    private final SummaryProcedureService summaries;

    SummaryApi(SummaryProcedureService summaries) {
        this.summaries = summaries;
    }

    @PostMapping("/summary-cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "当场处罚 — decide on the spot; refused above 200 / 3,000 yuan, without statement, …")
    SummaryCase decide(@Valid @RequestBody OnTheSpotPenalty penalty) {
        return summaries.decide(CurrentActor.get(), penalty);
    }

    @GetMapping("/summary-cases/{caseId}")
    @Operation(summary = "A summary case with its decision and follow-up")
    SummaryCase get(@PathVariable long caseId) {
        return summaries.get(CurrentActor.get(), caseId);
    }

    @PostMapping("/summary-cases/{caseId}/hand-in")
    @Operation(summary = "罚款上交 — collected cash handed to the agency (2 working days)")
    SummaryCase handIn(@PathVariable long caseId) {
        return summaries.handIn(CurrentActor.get(), caseId);
    }

    @PostMapping("/summary-cases/{caseId}/filing")
    @Operation(summary = "备案 — filed for the record with the agency")
    SummaryCase file(@PathVariable long caseId) {
        return summaries.fileRecord(CurrentActor.get(), caseId);
    }

    @PostMapping("/summary-cases/{caseId}/execution-ended")
    @Operation(summary = "执行完毕 — a fine paid later at the bank is paid, terminated or ruled on by the court: the case "
            + "closes (refused while outstanding); payments, 催告 and the court: /api/cases/{id}/execution")
    SummaryCase endExecution(@PathVariable long caseId) {
        return summaries.endExecution(CurrentActor.get(), caseId);
    }

    @GetMapping("/statistics/procedures")
    @Operation(summary = "Counts of cases by procedure and stage, summary decisions by penalty")
    Map<String, Object> statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate to) {
        return summaries.statistics(CurrentActor.get(), from, to);
    }
}
