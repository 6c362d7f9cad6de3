package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.evidence.internal.EvidenceMapper;
import cn.zhifa.evidence.internal.EvidenceRow;
import cn.zhifa.evidence.internal.OfficerRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The evidence vault (证据库): streamed, hashed, content-addressed uploads with their metadata; every upload, view,
 * download, hand-over and annotation is an entry of the case's full-process record ({@link CaseRecord}). Evidence is
 * never edited or deleted.
 */
@Service
public class EvidenceService {

    /** How a stored file is accessed; each is a record entry except thumbnails (the gallery opening is one). */
    public enum Access { VIEW, DOWNLOAD, THUMBNAIL }

    private static final BigDecimal LAT = new BigDecimal(90);
    private static final BigDecimal LON = new BigDecimal(180);

    private final EvidenceMapper mapper;
    private final EvidenceStore store;
    private final EvidenceSettings settings;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final OrganizationService organization;
    private final Clock clock;
    private final TransactionTemplate tx;

    public EvidenceService(EvidenceMapper mapper, EvidenceStore store, EvidenceSettings settings,
            CaseFileService cases, CaseRecord record, OrganizationService organization, Clock clock,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.mapper = mapper;
        this.store = store;
        this.settings = settings;
        this.cases = cases;
        this.record = record;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * Stores one evidence file streamed from {@code in} (never held in memory). The metadata is checked before a
     * byte is read; the real type is sniffed from the first bytes and must fit the claimed kind; the size limit of
     * the kind is enforced while streaming. The streaming runs outside any database transaction (no connection is
     * held for a long upload); the row and the record entry are then written in one transaction, and the file is
     * published under its SHA-256 only when that commits. Any refusal or failure leaves no file, temporary file, row
     * or record entry.
     */
    public Evidence ingest(Actor actor, long caseId, NewEvidence meta, InputStream in) {
        CaseFile c = workableCase(actor, caseId);
        Checked m = check(c, meta);
        PushbackInputStream head = new PushbackInputStream(in, TypeSniffer.HEAD);
        TypeSniffer.Sniffed type;
        try {
            byte[] first = head.readNBytes(TypeSniffer.HEAD);
            head.unread(first);
            type = TypeSniffer.sniff(first, first.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            throw DomainException.invalid("evidence.unknownType");
        }
        if (!type.kinds().contains(meta.kind())) {
            throw DomainException.invalid("evidence.kindMismatch", kindLabel(meta.kind()), type.mediaType());
        }
        long max = settings.maxBytes(meta.kind());
        EvidenceStore.Received received;
        try {
            received = store.receive(new LimitedInputStream(head, max));
        } catch (LimitedInputStream.TooLarge e) {
            throw DomainException.invalid("evidence.tooLarge", kindLabel(meta.kind()), megabytes(max));
        } catch (IOException e) {
            throw new UncheckedIOException("evidence upload interrupted", e);
        }
        boolean outer = TransactionSynchronizationManager.isSynchronizationActive();
        try {
            return tx.execute(s -> register(actor, caseId, meta, m, type, received));
        } finally {
            // published or refused, the temporary file goes; inside an outer transaction its completion does that
            if (!outer) {
                store.discard(received);
            }
        }
    }

    private Evidence register(Actor actor, long caseId, NewEvidence meta, Checked m, TypeSniffer.Sniffed type,
            EvidenceStore.Received received) {
        CaseFile c = workableCase(actor, caseId); // again inside the transaction: the case may have moved meanwhile
        for (EvidenceRow other : mapper.ofCase(c.id())) {
            if (other.sha256.equals(received.sha256())) {
                throw DomainException.conflict("evidence.duplicate", other.id);
            }
        }
        EvidenceRow row = new EvidenceRow();
        row.caseId = c.id();
        row.kind = meta.kind();
        row.fileName = m.fileName();
        row.mediaType = type.mediaType();
        row.sizeBytes = received.size();
        row.sha256 = received.sha256();
        row.storagePath = store.pathOf(received.sha256());
        row.capturedAt = meta.capturedAt();
        row.device = blankToNull(meta.device());
        row.latitude = meta.latitude();
        row.longitude = meta.longitude();
        row.description = blankToNull(meta.description());
        row.stage = meta.stage() == null ? c.stage() : meta.stage();
        row.avAct = meta.act();
        row.taskKey = blankToNull(meta.taskKey());
        row.custodianId = actor.userId();
        row.uploadedBy = actor.userId();
        row.uploadedAt = LocalDateTime.now(clock);
        mapper.insert(row);
        for (Long officer : m.officers()) {
            mapper.insertOfficer(row.id, officer);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evidenceId", row.id);
        details.put("kind", row.kind.name());
        details.put("fileName", row.fileName);
        details.put("mediaType", row.mediaType);
        details.put("size", row.sizeBytes);
        details.put("sha256", row.sha256);
        details.put("storedPath", row.storagePath);
        details.put("artifactPath", EvidenceArtifacts.artifactPath(row.id, row.fileName));
        details.put("capturedAt", row.capturedAt.toString());
        details.put("officers", m.officers());
        details.put("device", row.device);
        details.put("latitude", row.latitude);
        details.put("longitude", row.longitude);
        details.put("stage", row.stage.name());
        details.put("act", row.avAct == null ? null : row.avAct.name());
        details.put("taskKey", row.taskKey);
        record.append(c.id(), "EVIDENCE_ADDED", actor.userId(), row.fileName + "（" + row.kind.name() + "，SHA-256 "
                + row.sha256.substring(0, 12) + "…）", details);
        // the file becomes visible under its hash only with the commit; a rollback deletes the temporary file
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    store.publish(received);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not publish evidence " + received.sha256(), e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                store.discard(received);
            }
        });
        return toEvidence(mapper.find(row.id), officersOf(row.id));
    }

    @Transactional(readOnly = true)
    public List<Evidence> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        Map<Long, List<Evidence.Officer>> officers = mapper.officersOfCase(caseId).stream()
                .collect(Collectors.groupingBy(o -> o.evidenceId, LinkedHashMap::new,
                        Collectors.mapping(o -> new Evidence.Officer(o.userId, o.displayName),
                                Collectors.toList())));
        return mapper.ofCase(caseId).stream().map(r -> toEvidence(r, officers.getOrDefault(r.id, List.of())))
                .toList();
    }

    /** The gallery of a case was opened: one record entry naming the items shown. */
    @Transactional
    public List<Evidence> openGallery(Actor actor, long caseId) {
        List<Evidence> all = list(actor, caseId);
        record.append(caseId, "EVIDENCE_GALLERY_VIEWED", actor.userId(), all.size() + " 件证据",
                Map.of("evidenceIds", all.stream().map(Evidence::id).toList()));
        return all;
    }

    @Transactional(readOnly = true)
    public Evidence get(Actor actor, long evidenceId) {
        EvidenceRow row = mapper.find(evidenceId);
        if (row == null) {
            throw DomainException.notFound("evidence.notFound", evidenceId);
        }
        try {
            cases.get(actor, row.caseId);
        } catch (DomainException e) {
            throw DomainException.notFound("evidence.notFound", evidenceId);
        }
        return toEvidence(row, officersOf(evidenceId));
    }

    /** A stored file opened for an access. */
    public record Opened(Evidence evidence, Resource content) {
    }

    /** Opens the stored file; a view or download is a record entry (once per opening, not per range request). */
    @Transactional
    public Opened open(Actor actor, long evidenceId, Access access, boolean recordIt) {
        Evidence e = get(actor, evidenceId);
        if (!store.exists(e.storagePath())) {
            throw DomainException.conflict("evidence.fileMissing", e.fileName());
        }
        if (recordIt && access != Access.THUMBNAIL) {
            String action = access == Access.DOWNLOAD ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_VIEWED";
            record.append(e.caseId(), action, actor.userId(), e.fileName(),
                    Map.of("evidenceId", e.id(), "sha256", e.sha256()));
        }
        return new Opened(e, store.resource(e.storagePath()));
    }

    /** 移交: the custodian (or a head of the unit) hands the evidence to another user of the case's unit. */
    @Transactional
    public Evidence handOver(Actor actor, long evidenceId, long toUserId, String reason) {
        Evidence e = get(actor, evidenceId);
        CaseFile c = workableCase(actor, e.caseId());
        EvidenceRow row = mapper.findForUpdate(evidenceId);
        if (row.custodianId != actor.userId() && !actor.isHead()) {
            throw DomainException.forbidden("evidence.notCustodian", row.custodianName);
        }
        String why = required(reason, "reason");
        UserAccount to = organization.usersByIds(List.of(toUserId)).stream().findFirst()
                .filter(u -> u.enabled() && u.unitId() == c.unitId())
                .orElseThrow(() -> DomainException.invalid("evidence.custodianOtherUnit", toUserId));
        if (to.id() == row.custodianId) {
            throw DomainException.invalid("evidence.sameCustodian", to.displayName());
        }
        if (mapper.setCustodian(evidenceId, row.custodianId, to.id()) != 1) {
            throw DomainException.conflict("evidence.concurrentHandOver");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evidenceId", evidenceId);
        details.put("sha256", row.sha256);
        details.put("from", row.custodianId);
        details.put("to", to.id());
        details.put("reason", why);
        record.append(e.caseId(), "EVIDENCE_HANDED_OVER", actor.userId(),
                row.fileName + "：" + row.custodianName + " → " + to.displayName() + "（" + why + "）", details);
        return get(actor, evidenceId);
    }

    /** A correction or remark: evidence is never edited, the note is a record entry. */
    @Transactional
    public void annotate(Actor actor, long evidenceId, String note) {
        Evidence e = get(actor, evidenceId);
        workableCase(actor, e.caseId());
        String text = required(note, "note");
        record.append(e.caseId(), "EVIDENCE_ANNOTATED", actor.userId(), e.fileName() + "：" + text,
                Map.of("evidenceId", evidenceId, "sha256", e.sha256(), "note", text));
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private record Checked(String fileName, List<Long> officers) {
    }

    private CaseFile workableCase(Actor actor, long caseId) {
        CaseFile c = cases.get(actor, caseId);
        if (c.unitId() != actor.unitId()) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        if (c.isReadOnly()) {
            throw DomainException.invalid("case.readOnly", c.caseNo() == null ? String.valueOf(caseId) : c.caseNo());
        }
        return c;
    }

    private Checked check(CaseFile c, NewEvidence meta) {
        if (meta == null || meta.kind() == null) {
            throw DomainException.invalid("field.required", "kind");
        }
        String name = safeName(meta.fileName());
        if (meta.capturedAt() == null) {
            throw DomainException.invalid("field.required", "capturedAt");
        }
        if (meta.capturedAt().isAfter(LocalDateTime.now(clock))) {
            throw DomainException.invalid("evidence.capturedInFuture");
        }
        Set<Long> ids = meta.officerIds() == null ? Set.of() : new LinkedHashSet<>(meta.officerIds());
        if (ids.isEmpty()) {
            throw DomainException.invalid("evidence.noOfficers");
        }
        Map<Long, UserAccount> users = organization.usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, u -> u));
        for (Long id : ids) {
            UserAccount u = users.get(id);
            if (u == null || !u.enabled() || u.unitId() != c.unitId()) {
                throw DomainException.invalid("evidence.officerOtherUnit", u == null ? String.valueOf(id)
                        : u.displayName());
            }
        }
        if ((meta.latitude() == null) != (meta.longitude() == null)) {
            throw DomainException.invalid("evidence.gpsIncomplete");
        }
        if (meta.latitude() != null && (meta.latitude().abs().compareTo(LAT) > 0
                || meta.longitude().abs().compareTo(LON) > 0)) {
            throw DomainException.invalid("evidence.gpsRange");
        }
        if (meta.stage() != null && meta.stage().isTerminal()) {
            throw DomainException.invalid("evidence.badStage", meta.stage().name());
        }
        if (meta.taskKey() != null && !meta.taskKey().isBlank()
                && !ProcedureTasks.isUserTask(meta.taskKey())) {
            throw DomainException.invalid("evidence.badTask", meta.taskKey());
        }
        if (meta.device() != null && meta.device().length() > 64) {
            throw DomainException.invalid("evidence.deviceTooLong");
        }
        return new Checked(name, new ArrayList<>(ids));
    }

    /** A file name safe for storage and export: no path, no control characters, at most 120 characters. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("field.required", "fileName");
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").trim();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw DomainException.invalid("field.required", "fileName");
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static String required(String s, String field) {
        if (s == null || s.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        return s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Object kindLabel(EvidenceKind kind) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"evidence.kind." + kind.name()}, kind.name());
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private List<Evidence.Officer> officersOf(long evidenceId) {
        List<Evidence.Officer> list = new ArrayList<>();
        for (OfficerRow o : mapper.officersOf(evidenceId)) {
            list.add(new Evidence.Officer(o.userId, o.displayName));
        }
        return list;
    }

    private static Evidence toEvidence(EvidenceRow r, List<Evidence.Officer> officers) {
        return new Evidence(r.id, r.caseId, r.kind, r.fileName, r.mediaType, r.sizeBytes, r.sha256, r.storagePath,
                r.capturedAt, officers, r.device, r.latitude, r.longitude, r.description, r.stage, r.avAct,
                r.taskKey, r.custodianId, r.custodianName, r.uploadedBy, r.uploadedByName, r.uploadedAt);
    }

}
