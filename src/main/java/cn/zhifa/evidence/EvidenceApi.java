package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the evidence vault. Uploads are the raw request body ({@code application/octet-stream}) with the metadata
 * in query parameters, streamed straight into the store (no multipart temp file, nothing buffered in memory).
 * Content is served with HTTP Range support; {@code /evidence-files/{id}} is the same content for the screens
 * (session login), {@code /api/evidence/{id}/content} for API clients.
 */
@RestController
@Tag(name = "evidence", description = "证据库 — evidence vault")
class EvidenceApi {

    private final EvidenceService evidence;

    EvidenceApi(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/api/cases/{caseId}/evidence", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload one evidence file (raw body, streamed); metadata in query parameters")
    Evidence upload(@PathVariable long caseId, @RequestParam EvidenceKind kind,
            @RequestParam @Size(max = 255) String fileName,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Plausible LocalDateTime capturedAt,
            @RequestParam @Size(max = Limits.LIST) List<@NotNull Long> officerIds,
            @RequestParam(required = false) @Size(max = Limits.REF) String device,
            @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @RequestParam(required = false) @Size(max = Limits.TEXT) String description, @RequestParam(required = false) CaseStage stage,
            @RequestParam(required = false) AvAct act, @RequestParam(required = false) @Size(max = Limits.REF) String taskKey,
            HttpServletRequest request) {
        NewEvidence meta = new NewEvidence(kind, fileName, capturedAt, officerIds, device, latitude, longitude,
                description, stage, act, taskKey);
        try {
            return evidence.ingest(CurrentActor.get(), caseId, meta, request.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/cases/{caseId}/evidence")
    @Operation(summary = "The evidence of a case (metadata)")
    List<Evidence> list(@PathVariable long caseId) {
        return evidence.list(CurrentActor.get(), caseId);
    }

    @GetMapping("/api/evidence/{id}")
    @Operation(summary = "One evidence item (metadata)")
    Evidence get(@PathVariable long id) {
        return evidence.get(CurrentActor.get(), id);
    }

    /** A hand-over of custody. */
    record HandOver(long toUserId, @Size(max = Limits.TEXT) String reason) {
    }

    @PostMapping("/api/evidence/{id}/hand-over")
    @Operation(summary = "移交: hand the evidence over to another officer of the unit (record entry)")
    Evidence handOver(@PathVariable long id, @Valid @RequestBody HandOver h) {
        return evidence.handOver(CurrentActor.get(), id, h.toUserId(), h.reason());
    }

    /** A correction or remark. */
    record Annotation(@Size(max = Limits.TEXT) String note) {
    }

    @PostMapping("/api/evidence/{id}/annotations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annotate (correct) evidence: a record entry, the evidence itself never changes")
    void annotate(@PathVariable long id, @Valid @RequestBody Annotation a) {
        evidence.annotate(CurrentActor.get(), id, a.note());
    }

    /** A withdrawal (撤回/作废) of a wrongly added item. */
    record Withdrawal(String reason) {
    }

    @PostMapping("/api/evidence/{id}/withdrawal")
    @Operation(summary = "撤回: withdraw a wrongly added item with a reason (handlers); it stays in the record and the "
            + "export, gates no longer count it")
    Evidence withdraw(@PathVariable long id, @RequestBody Withdrawal w) {
        return evidence.withdraw(CurrentActor.get(), id, w.reason());
    }

    @GetMapping({"/api/evidence/{id}/content", "/evidence-files/{id}"})
    @Operation(summary = "The stored file (HTTP Range supported), re-hashed before and while it is served (a changed "
            + "file answers 409 and alerts the heads and supervisors); each opening or download is a record entry")
    ResponseEntity<Resource> content(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            @RequestParam(defaultValue = "false") boolean thumbnail,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        EvidenceService.Access access = download ? EvidenceService.Access.DOWNLOAD
                : thumbnail ? EvidenceService.Access.THUMBNAIL : EvidenceService.Access.VIEW;
        // a player's follow-up range requests (seeking) are the same opening: record only the first
        boolean opening = range == null || range.replace(" ", "").startsWith("bytes=0-");
        EvidenceService.Opened o = evidence.open(CurrentActor.get(), id, access, opening);
        Evidence e = o.evidence();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(download ? "attachment" : "inline")
                        .filename(e.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", e.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + e.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(o.content());
    }
}
