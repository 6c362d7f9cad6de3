package cn.zhifa.document;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.TemplateRow;
import cn.zhifa.evidence.EvidenceStore;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Word templates: the shipped default (version 0) of each document type, and a unit's own versions uploaded by
 * an admin (1, 2 …; the highest is used; every generated document stores the version it used). An upload that is not
 * a Word .docx, cannot be opened, or uses a placeholder that is not one of {@link DocumentData#FIELDS} is refused
 * naming the template and the offending tag; nothing is stored then.
 */
@Service
public class DocumentTemplates {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** One template as listed for the admin. */
    public record TemplateInfo(DocumentType type, int version, String fileName, String sha256, LocalDateTime uploadedAt) {
    }

    /** A template's bytes with its version. */
    public record Template(DocumentType type, int version, String fileName, byte[] bytes) {
    }

    private final DocumentMapper mapper;
    private final UnitSheets sheets;
    private final EvidenceStore store;
    private final Clock clock;

    DocumentTemplates(DocumentMapper mapper, UnitSheets sheets, EvidenceStore store, Clock clock) {
        this.mapper = mapper;
        this.sheets = sheets;
        this.store = store;
        this.clock = clock;
    }

    /** The template the unit uses now for {@code type}. */
    @Transactional(readOnly = true)
    public Template current(long unitId, DocumentType type) {
        TemplateRow row = mapper.activeTemplate(unitId, type.name());
        return row == null ? defaultTemplate(type) : load(type, row);
    }

    /**
     * {@link #current} at a step's commit: the unit's templates are listed once per transaction however many
     * documents the step makes, with the unit itself ({@link UnitSheets}; an upload by an admin is its own
     * transaction).
     */
    Template currentAtCommit(long unitId, DocumentType type) {
        TemplateRow row = sheets.of(unitId).latest().get(type.name());
        return row == null ? defaultTemplate(type) : load(type, row);
    }

    /** A given version (0 = the shipped default). */
    @Transactional(readOnly = true)
    public Template version(long unitId, DocumentType type, int version) {
        if (version == 0) {
            return defaultTemplate(type);
        }
        TemplateRow row = mapper.template(unitId, type.name(), version);
        if (row == null) {
            throw DomainException.notFound("document.template.notFound", type.title(), version);
        }
        return load(type, row);
    }

    @Transactional(readOnly = true)
    public List<TemplateInfo> list(Actor admin) {
        OrganizationService.requireAdmin(admin);
        List<TemplateInfo> out = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            out.add(new TemplateInfo(t, 0, t.name() + ".docx", null, null));
        }
        for (TemplateRow r : mapper.templatesOfUnit(admin.unitId())) {
            DocumentType.of(r.docType).ifPresent(t -> out.add(new TemplateInfo(t, r.version, r.fileName, r.sha256,
                    r.uploadedAt)));
        }
        return out;
    }

    /** The admin's download of the template in use (to edit in Word). */
    @Transactional(readOnly = true)
    public Template download(Actor admin, DocumentType type) {
        OrganizationService.requireAdmin(admin);
        return current(admin.unitId(), type);
    }

    /** Stores the unit's new version of {@code type}'s template after checking it; returns the new version. */
    @RequiresPermission(Action.DOCUMENT_TEMPLATE)
    @Transactional
    public TemplateInfo upload(Actor admin, DocumentType type, String fileName, byte[] bytes) {
        OrganizationService.requireAdmin(admin);
        if (type == null) {
            throw DomainException.invalid("field.required", "type");
        }
        String name = fileName == null || fileName.isBlank() ? type.name() + ".docx" : fileName.trim();
        check(type, name, bytes);
        try {
            EvidenceStore.Received received = store.store(bytes);
            String path = store.pathOf(received.sha256());
            Integer max = mapper.maxTemplateVersion(admin.unitId(), type.name());
            TemplateRow row = new TemplateRow();
            row.unitId = admin.unitId();
            row.docType = type.name();
            row.version = max == null ? 1 : max + 1;
            row.fileName = name.length() > 255 ? name.substring(0, 255) : name;
            row.sha256 = received.sha256();
            row.sizeBytes = received.size();
            row.storagePath = path;
            row.uploadedBy = admin.userId();
            row.uploadedAt = LocalDateTime.now(clock);
            mapper.insertTemplate(row);
            sheets.forget(admin.unitId()); // this node makes the unit's next documents from it once this commits
            return new TemplateInfo(type, row.version, row.fileName, row.sha256, row.uploadedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses what is not a usable template of {@code type}. */
    static void check(DocumentType type, String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("document.template.notWord", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.invalid("document.template.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        if (!isDocx(bytes)) {
            throw DomainException.invalid("document.template.notWord", name);
        }
        java.util.Set<String> tags;
        try {
            tags = DocumentRenderer.tags(bytes);
            DocumentRenderer.fill(bytes, Map.of());
        } catch (RuntimeException | IOException | LinkageError e) {
            throw DomainException.invalid("document.template.broken", name);
        }
        for (String tag : tags) {
            if (!DocumentData.FIELDS.containsKey(tag)) {
                throw DomainException.invalid("document.template.unknownTag", name, "{{" + tag + "}}");
            }
        }
    }

    /** A zip with a main Word document part (not a renamed .xlsx, .odt or PDF). */
    private static boolean isDocx(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The shipped default template of {@code type} (version 0). */
    public static byte[] shippedDefault(DocumentType type) {
        return defaultTemplate(type).bytes();
    }

    private static Template defaultTemplate(DocumentType type) {
        return new Template(type, 0, type.name() + ".docx", DEFAULTS.computeIfAbsent(type, DefaultTemplates::build));
    }

    private static final Map<DocumentType, byte[]> DEFAULTS = new java.util.concurrent.ConcurrentHashMap<>();

    private Template load(DocumentType type, TemplateRow row) {
        try (var in = store.open(row.storagePath)) {
            return new Template(type, row.version, row.fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
