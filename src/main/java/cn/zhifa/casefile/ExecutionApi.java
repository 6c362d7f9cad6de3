package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: the execution end-game of a fine case — payments, deferral, 催告, the court, termination (decision 0021). */
@RestController
@RequestMapping("/api/cases/{id}/execution")
@Tag(name = "execution", description = "执行 — 缴款、延期/分期、催告、申请法院强制执行、终结执行")
class ExecutionApi {

    private final ExecutionService execution;
    private final EnforcementService enforcement;

    ExecutionApi(ExecutionService execution, EnforcementService enforcement) {
        this.execution = execution;
        this.enforcement = enforcement;
    }

    record PaymentRequest(@Size(max = Limits.REF) String receiptNo,
            @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) BigDecimal finePart,
            @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) BigDecimal surchargePart,
            @Plausible LocalDate paidOn) {
    }

    record DeferralRequest(ExecutionActKind kind, @Plausible LocalDate appliedOn, int days, Integer instalments,
            @Size(max = Limits.TEXT) String reason) {
    }

    record DecisionRequest(boolean approve, @Size(max = Limits.TEXT) String opinion) {
    }

    record DemandRequest(@Size(max = Limits.REF) String docNo, @Size(max = Limits.TEXT) String note) {
    }

    record DemandServiceRequest(ServiceMethod method, @Plausible LocalDate delivered,
            @Size(max = Limits.PLACE) String reference, @Size(max = Limits.TEXT) String reason) {
    }

    record CourtRequest(@Size(max = Limits.PLACE) String court, @Size(max = Limits.REF) String docNo,
            @Size(max = Limits.TEXT) String note) {
    }

    record AcceptanceRequest(@Plausible LocalDate acceptedOn, @Size(max = Limits.REF) String courtCaseNo) {
    }

    record RulingRequest(@Plausible LocalDate ruledOn, CourtRuling ruling, @Size(max = Limits.TEXT) String note) {
    }

    record TerminationRequest(TerminationGround ground, @Size(max = Limits.TEXT) String reason) {
    }

    @GetMapping
    @Operation(summary = "Where execution stands: paid and outstanding (fine, surcharge), deadlines, finality, court")
    ResponseEntity<ExecutionStatus> status(@PathVariable long id) {
        return ResponseEntity.of(execution.status(CurrentActor.get(), id));
    }

    @PostMapping("/payments")
    @Operation(summary = "Record a payment from its receipt: the part on the fine and on the surcharge")
    ExecutionStatus pay(@PathVariable long id, @Valid @RequestBody PaymentRequest r) {
        return execution.pay(CurrentActor.get(), id,
                new ExecutionService.PaymentInput(r.receiptNo(), r.finePart(), r.surchargePart(), r.paidOn()));
    }

    @PostMapping("/deferrals")
    @Operation(summary = "The party's application for deferral (DEFERRAL, days) or instalments (INSTALMENTS, n, days)")
    ExecutionStatus applyForDeferral(@PathVariable long id, @Valid @RequestBody DeferralRequest r) {
        return execution.applyForDeferral(CurrentActor.get(), id, r.kind(), r.appliedOn(), r.days(), r.instalments(),
                r.reason());
    }

    @PostMapping("/deferrals/{actId}/decision")
    @Operation(summary = "A head who is not a handler approves (the payment deadline moves) or refuses")
    ExecutionStatus decideDeferral(@PathVariable long id, @PathVariable long actId,
            @Valid @RequestBody DecisionRequest r) {
        return execution.decideDeferral(CurrentActor.get(), id, actId, r.approve(), r.opinion());
    }

    @PostMapping("/demand")
    @Operation(summary = "Issue the 催告书 (its number) once the payment deadline has passed unpaid")
    ExecutionStatus issueDemand(@PathVariable long id, @Valid @RequestBody DemandRequest r) {
        return enforcement.issueDemand(CurrentActor.get(), id, r.docNo(), r.note());
    }

    @PostMapping("/demand/service")
    @Operation(summary = "Serve the 催告书: the deemed service date starts the 10 working days")
    ExecutionStatus serveDemand(@PathVariable long id, @Valid @RequestBody DemandServiceRequest r) {
        return enforcement.serveDemand(CurrentActor.get(), id, r.method(), r.delivered(), r.reference(), r.reason());
    }

    @PostMapping("/court")
    @Operation(summary = "Apply to the people's court: after finality and the 催告 period, within 3 months")
    ExecutionStatus applyToCourt(@PathVariable long id, @Valid @RequestBody CourtRequest r) {
        return enforcement.applyToCourt(CurrentActor.get(), id, r.court(), r.docNo(), r.note());
    }

    @PostMapping("/court/acceptance")
    @Operation(summary = "The court accepted the application")
    ExecutionStatus courtAccepted(@PathVariable long id, @Valid @RequestBody AcceptanceRequest r) {
        return enforcement.courtAccepted(CurrentActor.get(), id, r.acceptedOn(), r.courtCaseNo());
    }

    @PostMapping("/court/ruling")
    @Operation(summary = "The court's ruling (ENFORCE / REFUSE): execution concluded through the court")
    ExecutionStatus courtRuled(@PathVariable long id, @Valid @RequestBody RulingRequest r) {
        return enforcement.courtRuled(CurrentActor.get(), id, r.ruledOn(), r.ruling(), r.note());
    }

    @PostMapping("/termination")
    @Operation(summary = "终结执行 on a ground of 行政强制法 Art. 40 — a head who is not a handler")
    ExecutionStatus terminate(@PathVariable long id, @Valid @RequestBody TerminationRequest r) {
        return execution.terminate(CurrentActor.get(), id, r.ground(), r.reason());
    }
}
