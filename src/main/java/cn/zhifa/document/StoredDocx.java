package cn.zhifa.document;

import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.EvidenceStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * Where a generated document's .docx is read from (decision 0043): its version row since V396, the evidence store for
 * a version made before. Versions are listed without their content; it is read here, one version at a time, when a
 * download, a PDF, a dossier, a verification or an export needs it. A dossier's manifest is read the same way
 * ({@link #rowOrFile}: its row since V397, the evidence store before).
 */
@Component
class StoredDocx {

    private final DocumentMapper mapper;
    private final EvidenceStore store;

    StoredDocx(DocumentMapper mapper, EvidenceStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    /** The .docx of a version. */
    byte[] of(VersionRow v) {
        return v.docxPath != null ? store.readAll(v.docxPath) : of(v.id);
    }

    /** The .docx of the version with this id. */
    byte[] of(long versionId) {
        VersionRow row = mapper.versionContent(versionId);
        if (row == null) {
            throw new IllegalStateException("no document version " + versionId);
        }
        return rowOrFile(row.docxPath, row.docxContent);
    }

    /**
     * What a row kept since decision 0043 holds: the file of the evidence store it names (made before its content
     * moved into the row), or its content (empty if that was emptied).
     */
    byte[] rowOrFile(String path, byte[] content) {
        if (path != null) {
            return store.readAll(path);
        }
        return content == null ? new byte[0] : content;
    }

    /** The .docx of a version as a stream (verification, export). */
    InputStream open(VersionRow v) throws java.io.IOException {
        return v.docxPath != null ? store.open(v.docxPath) : new ByteArrayInputStream(of(v.id));
    }
}
