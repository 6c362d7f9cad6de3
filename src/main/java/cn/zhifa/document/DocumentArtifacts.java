package cn.zhifa.document;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.DossierRow;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.EvidenceStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every generated document version (.docx, and its PDF once laid out) and every dossier as case artifacts: {@code record/verify}
 * re-hashes them, the record export writes them (and their SHA-256) into the ZIP.
 */
@Component
class DocumentArtifacts implements CaseArtifacts {

    private final DocumentMapper mapper;
    private final EvidenceStore store;
    private final DocumentDossiers dossiers;
    private final StoredDocx docx;

    DocumentArtifacts(DocumentMapper mapper, EvidenceStore store, DocumentDossiers dossiers, StoredDocx docx) {
        this.mapper = mapper;
        this.docx = docx;
        this.dossiers = dossiers;
        this.store = store;
    }

    @Override
    public List<Artifact> artifacts(long caseId) {
        List<Artifact> out = new ArrayList<>();
        for (VersionRow v : mapper.versionsOfCase(caseId)) {
            String base = "documents/" + v.documentId + "-" + v.docType + "-v" + v.version;
            out.add(new Artifact(base + ".docx", v.docxSize, v.docxSha256, () -> docx.open(v)));
            if (v.pdfPath != null) { // laid out on its first download
                out.add(new Artifact(base + ".pdf", v.pdfSize, v.pdfSha256, () -> store.open(v.pdfPath)));
            }
        }
        for (DossierRow d : mapper.dossiersOfCase(caseId)) {
            String base = "documents/dossier-" + d.id + (d.finalCopy ? "" : "-draft");
            if (d.manifestSha256 != null) { // what the dossier shows (frozen at 归档); dossiers before V190 have none
                out.add(new Artifact(base + "-manifest.json", -1, d.manifestSha256,
                        () -> new java.io.ByteArrayInputStream(dossiers.manifestBytes(d.id))));
            }
            if (d.path != null) { // the frozen dossier's PDF: laid out on first need
                out.add(new Artifact(base + ".pdf", d.sizeBytes, d.sha256, () -> store.open(d.path)));
            }
        }
        return out;
    }

    /** An export carries the frozen dossier's PDF: laid out now if nobody has downloaded it yet. */
    @Override
    public void prepareExport(long caseId, Long actorId) {
        DossierRow frozen = mapper.latestDossier(caseId, true);
        if (frozen != null && frozen.manifestSha256 != null) {
            dossiers.withPdf(frozen, actorId);
        }
    }
}
