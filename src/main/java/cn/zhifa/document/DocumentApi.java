package cn.zhifa.document;

import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * REST: the case's documents (list, .docx/PDF download, preview, correction), the dossier and the templates. The
 * {@code /document-files/…} paths are the same downloads for the screens (session login), plus a print page.
 */
@RestController
@Tag(name = "documents", description = "执法文书 — generated documents, dossier, templates")
class DocumentApi {

    private final DocumentService documents;
    private final DocumentTemplates templates;
    private final cn.zhifa.casefile.StepDocumentPreview previews;
    private final ComplaintReplies replies;

    DocumentApi(DocumentService documents, DocumentTemplates templates,
            cn.zhifa.casefile.StepDocumentPreview previews, ComplaintReplies replies) {
        this.replies = replies;
        this.documents = documents;
        this.templates = templates;
        this.previews = previews;
    }

    @GetMapping("/api/cases/{caseId}/documents")
    @Operation(summary = "The case's generated documents (every version) with numbers and hashes")
    List<GeneratedDocument> list(@PathVariable long caseId) {
        return documents.list(CurrentActor.get(), caseId);
    }

    @GetMapping({"/api/documents/{versionId}/{format}", "/document-files/{versionId}/{format}"})
    @Operation(summary = "Download one document version as docx or pdf")
    ResponseEntity<byte[]> file(@PathVariable long versionId, @PathVariable String format,
            @RequestParam(defaultValue = "true") boolean download) {
        return send(documents.file(CurrentActor.get(), versionId, format(format)), download);
    }

    @GetMapping({"/api/complaints/{complaintId}/reply-document/{format}",
        "/document-files/complaints/{complaintId}/reply/{format}"})
    @Operation(summary = "The complaint's written reply (投诉举报答复告知书) as docx or pdf")
    ResponseEntity<byte[]> complaintReply(@PathVariable long complaintId, @PathVariable String format) {
        return send(replies.file(CurrentActor.get(), complaintId, format(format)), true);
    }

    private static DocumentService.Format format(String format) {
        return switch (format) {
            case "pdf" -> DocumentService.Format.PDF;
            case "docx" -> DocumentService.Format.DOCX;
            default -> throw cn.zhifa.shared.DomainException.notFound("document.notFound", format);
        };
    }

    @GetMapping("/api/cases/{caseId}/documents/preview")
    @Operation(summary = "Preview (PDF) of a document of the given type from the case data now; nothing stored")
    ResponseEntity<byte[]> preview(@PathVariable long caseId, @RequestParam DocumentType type) {
        return send(documents.preview(CurrentActor.get(), caseId, type), false);
    }

    @PostMapping("/api/tasks/{taskId}/document-preview")
    @Operation(summary = "预览文书: the PDF the task would generate with this payload (the first, or of the given type);"
            + " the step is checked and rolled back — nothing stored, no number consumed")
    ResponseEntity<byte[]> stepPreview(@PathVariable String taskId,
            @RequestParam(required = false) DocumentType type,
            @jakarta.validation.Valid @RequestBody cn.zhifa.casefile.StepPayload payload) {
        cn.zhifa.casefile.StepDocumentPreview.Preview p = previews.preview(CurrentActor.get(), taskId, payload)
                .stream().filter(x -> type == null || x.docType().equals(type.name())).findFirst()
                .orElseThrow(() -> cn.zhifa.shared.DomainException.notFound("document.previewNone", taskId));
        return send(new DocumentService.FileContent(p.title() + "-预览.pdf", "application/pdf", p.pdf(), null), false);
    }

    /** A correction's reason. */
    record Correction(String reason) {
    }

    @PostMapping("/api/documents/{documentId}/corrections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "补正/更正: a new version of the document with the reason (rendered after commit)")
    void correct(@PathVariable long documentId, @RequestBody Correction c) {
        documents.correct(CurrentActor.get(), documentId, c.reason());
    }

    @GetMapping({"/api/cases/{caseId}/dossier", "/document-files/cases/{caseId}/dossier"})
    @Operation(summary = "The 卷宗 PDF: the frozen copy after 归档, else a draft (heads, handlers, supervisors)")
    ResponseEntity<byte[]> dossier(@PathVariable long caseId) {
        return send(documents.dossier(CurrentActor.get(), caseId), true);
    }

    @GetMapping("/api/document-templates")
    @Operation(summary = "Templates: the shipped defaults (version 0) and the unit's versions (admin)")
    List<DocumentTemplates.TemplateInfo> templates() {
        return templates.list(CurrentActor.get());
    }

    @GetMapping({"/api/document-templates/{type}", "/document-files/templates/{type}"})
    @Operation(summary = "Download the template in use for a document type (admin)")
    ResponseEntity<byte[]> template(@PathVariable DocumentType type) {
        DocumentTemplates.Template t = templates.download(CurrentActor.get(), type);
        return send(new DocumentService.FileContent(type.name() + "-v" + t.version() + ".docx",
                DocumentService.DOCX_TYPE, t.bytes(), null), true);
    }

    @PostMapping(path = "/api/document-templates/{type}", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload the unit's version of a template (raw .docx body); refused naming a bad tag")
    DocumentTemplates.TemplateInfo upload(@PathVariable DocumentType type, @RequestParam String fileName,
            HttpServletRequest request) {
        try {
            byte[] bytes = request.getInputStream().readNBytes((int) DocumentTemplates.MAX_BYTES + 1);
            return templates.upload(CurrentActor.get(), type, fileName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document as a print page: the text only, no navigation; A4 by default and a narrow (58–80 mm) portable
     * printer layout by width — for the on-the-spot decision handed over in the street.
     */
    @GetMapping(path = {"/document-files/{versionId}/print", "/api/documents/{versionId}/print"},
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> print(@PathVariable long versionId) {
        DocumentService.FileContent docx = documents.file(CurrentActor.get(), versionId, DocumentService.Format.DOCX);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(HtmlUtils.htmlEscape(docx.fileName())).append("</title><style>")
                .append("body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;max-width:170mm;"
                        + "margin:0 auto;padding:8mm;line-height:1.6;font-size:12pt;color:#000;background:#fff}"
                        + "p{margin:.2em 0;white-space:pre-wrap;word-break:break-all}.c{text-align:center}"
                        + ".r{text-align:right}.i{text-indent:2em}table{width:100%;border-collapse:collapse}"
                        + "td{border:1px solid #000;padding:2px 4px;vertical-align:top;white-space:pre-wrap;"
                        + "word-break:break-all}td:first-child{width:25%}.noprint{margin:1em 0}"
                        + "@page{size:A4;margin:20mm}"
                        + "@media print{.noprint{display:none}body{padding:0;max-width:none}}"
                        + "@media (max-width:90mm){body{font-size:9pt;padding:1mm}td:first-child{width:30%}}"
                        + "</style></head><body><div class=\"noprint\"><button onclick=\"window.print()\">打印</button>"
                        + "</div>");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String cls = p.getAlignment() == ParagraphAlignment.CENTER ? "c"
                            : p.getAlignment() == ParagraphAlignment.RIGHT ? "r"
                                    : p.getIndentationFirstLine() > 0 ? "i" : "";
                    html.append("<p class=\"").append(cls).append("\">").append(HtmlUtils.htmlEscape(text(p)))
                            .append("</p>");
                } else if (e instanceof XWPFTable t) {
                    html.append("<table>");
                    for (XWPFTableRow r : t.getRows()) {
                        html.append("<tr>");
                        for (XWPFTableCell c : r.getTableCells()) {
                            html.append("<td>").append(HtmlUtils.htmlEscape(c.getText())).append("</td>");
                        }
                        html.append("</tr>");
                    }
                    html.append("</table>");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        html.append("</body></html>");
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "script-src 'unsafe-inline'")
                .body(html.toString());
    }

    private static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        p.getRuns().forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    private static ResponseEntity<byte[]> send(DocumentService.FileContent f, boolean download) {
        ContentDisposition cd = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(f.fileName(), StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, cd.toString());
        if (f.sha256() != null) {
            b.header("X-Content-SHA256", f.sha256());
        }
        return b.body(f.bytes());
    }
}
