package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the 送达地址确认书 of a case and its limitation status (行政处罚法 Art. 61 ¶2, Art. 36). Service itself is recorded
 * by completing the AdvanceNotice and Service tasks ({@code POST /api/tasks/{taskId}/complete}).
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "cases", description = "案件 — ordinary procedure")
class ServiceApi {

    private final ServiceOfDocuments service;
    private final CaseFileService cases;

    ServiceApi(ServiceOfDocuments service, CaseFileService cases) {
        this.service = service;
        this.cases = cases;
    }

    /** The body of {@code POST /api/cases/{id}/service-address}. */
    record AddressBody(@Size(max = Limits.NAME) String partyName, @Size(max = 200) String postalAddress,
            boolean electronicConsent, @Size(max = 200) String electronicAddress, @Plausible LocalDate signedOn) {
    }

    @PostMapping("/service-address")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "送达地址确认书 — the party's service address and consent to electronic service")
    ServiceAddress confirm(@PathVariable long id, @Valid @RequestBody AddressBody b) {
        return service.confirmAddress(CurrentActor.get(), id, new ServiceOfDocuments.AddressInput(b.partyName(),
                b.postalAddress(), b.electronicConsent(), b.electronicAddress(), b.signedOn()));
    }

    @GetMapping("/service-address")
    @Operation(summary = "The 送达地址确认书 in force (404 when none was recorded)")
    ServiceAddress address(@PathVariable long id) {
        return service.address(CurrentActor.get(), id)
                .orElseThrow(() -> DomainException.notFound("serviceAddress.none", id));
    }

    @GetMapping("/limitation")
    @Operation(summary = "追责时效 (Art. 36): runs from, last day, time-barred on discovery (404 while no act date)")
    Limitation.Status limitation(@PathVariable long id) {
        return cases.limitation(CurrentActor.get(), id)
                .orElseThrow(() -> DomainException.notFound("limitation.noActDate", id));
    }
}
