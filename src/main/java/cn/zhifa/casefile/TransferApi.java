package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: 移送 — crime transfer (report, decision, handover, receipt) and jurisdiction transfer (decision 0028). */
@RestController
@RequestMapping("/api/cases/{id}/transfers")
@Tag(name = "transfer", description = "移送 — 涉嫌犯罪案件移送（报告、决定、移送、接受或退回）、移送管辖")
class TransferApi {

    private final TransferService transfers;

    TransferApi(TransferService transfers) {
        this.transfers = transfers;
    }

    record ReportRequest(@Size(max = 20) List<Long> officers, @Size(max = Limits.TEXT) String facts,
            @Size(max = Limits.PLACE) String suspectedCrime, @Size(max = Limits.TEXT) String items) {
    }

    record DecisionRequest(boolean approve, @Size(max = Limits.TEXT) String opinion) {
    }

    record HandoverRequest(@Size(max = Limits.PLACE) String receivingOrgan, LocalDateTime handedOverAt,
            @Size(max = 80) String letterNo, @Size(max = Limits.TEXT) String items) {
    }

    record ReceiptRequest(TransferReceipt receipt, LocalDate date, @Size(max = Limits.TEXT) String note) {
    }

    record JurisdictionRequest(@Size(max = Limits.PLACE) String receivingAgency,
            @Size(max = Limits.TEXT) String reason) {
    }

    @GetMapping
    @Operation(summary = "The case's transfers with their deadlines, handover and answer")
    List<CaseTransfer> list(@PathVariable long id) {
        return transfers.ofCase(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "移送报告 by the handlers: ≥ 2 officers named, facts, suspected crime, list of items")
    CaseTransfer report(@PathVariable long id, @Valid @RequestBody ReportRequest r) {
        return transfers.report(CurrentActor.get(), id,
                new TransferService.Report(r.officers(), r.facts(), r.suspectedCrime(), r.items()));
    }

    @PostMapping("/{transferId}/decision")
    @Operation(summary = "The principal head approves or rejects within 3 days (later: recorded as late)")
    CaseTransfer decide(@PathVariable long id, @PathVariable long transferId, @Valid @RequestBody DecisionRequest r) {
        transfers.inCase(id, transferId);
        return transfers.decide(CurrentActor.get(), transferId, r.approve(), r.opinion());
    }

    @PostMapping("/{transferId}/handover")
    @Operation(summary = "Handover within 24 hours: receiving organ, time, 移送书 number, list of items")
    CaseTransfer handOver(@PathVariable long id, @PathVariable long transferId,
            @Valid @RequestBody HandoverRequest r) {
        transfers.inCase(id, transferId);
        return transfers.handOver(CurrentActor.get(), transferId,
                new TransferService.Handover(r.receivingOrgan(), r.handedOverAt(), r.letterNo(), r.items()));
    }

    @PostMapping("/{transferId}/receipt")
    @Operation(summary = "The receiving organ accepted (case ends), refused or returned it (case resumes)")
    CaseTransfer receipt(@PathVariable long id, @PathVariable long transferId, @Valid @RequestBody ReceiptRequest r) {
        transfers.inCase(id, transferId);
        return transfers.receipt(CurrentActor.get(), transferId, r.receipt(), r.date(), r.note());
    }

    @PostMapping("/jurisdiction")
    @Operation(summary = "移送管辖: a head who is not a handler transfers the case to the competent agency; it ends")
    CaseTransfer jurisdiction(@PathVariable long id, @Valid @RequestBody JurisdictionRequest r) {
        return transfers.transferJurisdiction(CurrentActor.get(), id, r.receivingAgency(), r.reason());
    }
}
