package cn.zhifa.record;

import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api")
@Tag(name = "record", description = "执法全过程记录 — verify and export a case's hash-chained record")
class RecordApi {

    private final RecordService records;

    RecordApi(RecordService records) {
        this.records = records;
    }

    @GetMapping("/cases/{id}/record/verify")
    @Operation(summary = "Check the case's record chain and every stored file; names the first broken entry or file")
    Verification verify(@PathVariable long id) {
        return records.verify(CurrentActor.get(), id);
    }

    @GetMapping(value = "/cases/{id}/record/export", produces = "application/zip")
    @Operation(summary = "The case's record (record/chain.jsonl) and stored files as a ZIP with SHA256SUMS")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id) {
        RecordService.ExportPlan plan = records.prepareExport(CurrentActor.get(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + plan.fileName() + "\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> RecordService.writeZip(plan, out));
    }
}
