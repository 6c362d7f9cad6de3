package cn.zhifa.casefile;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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

/** REST: register a lead, read and search cases, complete a task with its typed payload. */
@RestController
@RequestMapping("/api")
@Tag(name = "cases", description = "案件 — ordinary procedure")
class CaseFileApi {

    private final CaseFileService cases;
    private final CaseWorkflowService workflow;
    private final SendBackService sendBacks;

    CaseFileApi(CaseFileService cases, CaseWorkflowService workflow, SendBackService sendBacks) {
        this.cases = cases;
        this.workflow = workflow;
        this.sendBacks = sendBacks;
    }

    /** 退回: the earlier step ({@code target}, a task key from {@code GET …/send-back}) and the reason. */
    record SendBack(@Size(max = 64) String target, @Size(max = Limits.TEXT) String reason) {
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "线索登记 — register a lead; starts the ordinary procedure")
    CaseFile register(@Valid @RequestBody NewLead lead) {
        return cases.registerLead(CurrentActor.get(), lead);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case with parties, handlers, documents, stage history and open tasks")
    CaseFileView get(@PathVariable long id) {
        CaseFileView view = cases.view(CurrentActor.get(), id);
        cases.opened(CurrentActor.get(), id);
        return view;
    }

    @GetMapping("/cases")
    @Operation(summary = "Case search within the caller's data scope")
    List<CaseSummary> search(@RequestParam(required = false) @Size(max = Limits.REF) String caseNo,
            @RequestParam(required = false) @Size(max = Limits.NAME) String party, @RequestParam(required = false) CaseStage stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate to,
            @RequestParam(required = false) @Size(max = 20) String procedure,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return cases.search(CurrentActor.get(), new CaseQuery(caseNo, party, stage, from, to, offset, limit,
                procedure));
    }

    @PostMapping("/tasks/{taskId}/complete")
    @Operation(summary = "Complete a task; the payload's \"type\" names the step (VerifyLead, ApproveFiling, …)")
    CaseFile complete(@PathVariable String taskId, @Valid @RequestBody StepPayload payload) {
        return workflow.complete(CurrentActor.get(), taskId, payload);
    }

    @GetMapping("/tasks/{taskId}/send-back")
    @Operation(summary = "退回 — the earlier steps this open task may send its case back to (task keys; empty: none)")
    List<String> sendBackTargets(@PathVariable String taskId) {
        return sendBacks.targets(taskId);
    }

    @PostMapping("/tasks/{taskId}/send-back")
    @Operation(summary = "退回 — send the case back to an earlier step with a reason (the back-step table)")
    CaseFile sendBack(@PathVariable String taskId, @Valid @RequestBody SendBack r) {
        return sendBacks.sendBack(CurrentActor.get(), taskId, r.target(), r.reason());
    }
}
