package cn.zhifa.evidence;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.evidence.internal.EvidenceMapper;
import cn.zhifa.evidence.internal.EvidenceRow;
import cn.zhifa.evidence.internal.OfficerRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * download, hand-over, annotation and withdrawal is an entry of the case's full-process record ({@link CaseRecord}).
 * Evidence is never edited or deleted: a wrong item is withdrawn (撤回) with a reason and stays in the record and the
 * export. Who may do what is the permission matrix ({@link Action}): adding, annotating and withdrawing are for the
 * case's handlers, the officers declared present must be handlers holding a valid 执法证 on the capture day, and a
 * stored file is re-hashed before and while it is served — a changed file is never served, it is recorded and the
 * unit's heads and the supervisors are alerted.
 */
@Service
public class EvidenceService {

    /** Notification kind of an evidence file that failed its integrity check on read. */
    public static final String INTEGRITY_ALERT = EvidenceIntegrity.ALERT;

    /** How a stored file is accessed; each is a record entry except thumbnails (the gallery opening is one). */
    public enum Access { VIEW, DOWNLOAD, THUMBNAIL }

    private final EvidenceMapper mapper;
    private final EvidenceStore store;
    private final EvidenceSettings settings;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final OrganizationService organization;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final EvidenceIntegrity integrity;
    private final EvidenceMetadata metadata;

    public EvidenceService(EvidenceMapper mapper, EvidenceStore store, EvidenceSettings settings,
            CaseFileService cases, CaseRecord record, OrganizationService organization, Clock clock,
            PlatformTransactionManager transactions, EvidenceIntegrity integrity, EvidenceMetadata metadata) {
        this.tx = new TransactionTemplate(transactions);
        this.integrity = integrity;
        this.metadata = metadata;
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
    @RequiresPermission(Action.EVIDENCE_ADD)
    public Evidence ingest(Actor actor, long caseId, NewEvidence meta, InputStream in) {
        CaseFile c = handlerCase(actor, caseId, Action.EVIDENCE_ADD);
        EvidenceMetadata.Checked m = metadata.check(c, meta);
        PushbackInputStream head = new PushbackInputStream(in, TypeSniffer.HEAD);
        TypeSniffer.Sniffed type = EvidenceMetadata.sniff(head, meta.kind());
        long max = settings.maxBytes(meta.kind());
        EvidenceStore.Received received;
        try {
            received = store.receive(new LimitedInputStream(head, max));
        } catch (LimitedInputStream.TooLarge e) {
            throw DomainException.invalid("evidence.tooLarge", EvidenceMetadata.kindLabel(meta.kind()),
                    max / (1024 * 1024));
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

    private Evidence register(Actor actor, long caseId, NewEvidence meta, EvidenceMetadata.Checked m,
            TypeSniffer.Sniffed type, EvidenceStore.Received received) {
        // again inside the transaction: the case (or its handlers) may have changed meanwhile
        CaseFile c = handlerCase(actor, caseId, Action.EVIDENCE_ADD);
        metadata.check(c, meta);
        for (EvidenceRow other : mapper.ofCase(c.id())) {
            if (other.withdrawnAt == null && other.sha256.equals(received.sha256())) {
                throw DomainException.conflict("evidence.duplicate", other.id);
            }
        }
        EvidenceRow row = new EvidenceRow();
        row.caseId = c.id();
        row.kind = meta.kind();
        row.fileName = m.fileName();
        row.originalFileName = m.fileName().equals(meta.fileName()) ? null
                : meta.fileName().length() > 1000 ? meta.fileName().substring(0, 1000) : meta.fileName();
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
        if (row.originalFileName != null) {
            details.put("originalFileName", row.originalFileName);
        }
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
        record.append(c.id(), "EVIDENCE_ADDED", actor.userId(), StoredText.of("text.evidence.added", row.fileName,
                StoredText.label("evidence.kind.", row.kind), row.sha256.substring(0, 12)), details);
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
        record.append(caseId, "EVIDENCE_GALLERY_VIEWED", actor.userId(),
                StoredText.of("text.evidence.gallery", all.size()),
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
        integrity.requireIntact(actor, e);
        if (recordIt && access != Access.THUMBNAIL) {
            String action = access == Access.DOWNLOAD ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_VIEWED";
            record.append(e.caseId(), action, actor.userId(), StoredText.typed(e.fileName()),
                    Map.of("evidenceId", e.id(), "sha256", e.sha256()));
        }
        return new Opened(e, new VerifyingResource(store.resource(e.storagePath()), e.sha256(), e.size()));
    }

    /** 移交: the custodian (or a head of the unit) hands the evidence to another user of the case's unit. */
    @RequiresPermission(Action.EVIDENCE_HAND_OVER)
    @Transactional
    public Evidence handOver(Actor actor, long evidenceId, long toUserId, String reason) {
        Evidence e = get(actor, evidenceId);
        CaseFile c = workableCase(actor, e.caseId());
        EvidenceRow row = mapper.findForUpdate(evidenceId);
        boolean custodian = row.custodianId == actor.userId() && cases.handlerIds(c.id()).contains(actor.userId());
        if (!custodian && !actor.isHead()) {
            throw DomainException.forbidden("evidence.notCustodian", row.custodianName);
        }
        String why = required(reason, "reason");
        UserAccount to = organization.usersByIds(List.of(toUserId)).stream().findFirst()
                .filter(u -> u.enabled() && u.unitId() == c.unitId())
                .orElseThrow(() -> DomainException.invalid("evidence.custodianOtherUnit", toUserId));
        if (!to.roles().contains(Role.OFFICER) || to.roles().contains(Role.SUPERVISOR)) {
            throw DomainException.invalid("evidence.custodianNotOfficer", to.displayName());
        }
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
                StoredText.of("text.evidence.handedOver", row.fileName, row.custodianName, to.displayName(), why),
                details);
        return get(actor, evidenceId);
    }

    /** A correction or remark: evidence is never edited, the note is a record entry. */
    @RequiresPermission(Action.EVIDENCE_ANNOTATE)
    @Transactional
    public void annotate(Actor actor, long evidenceId, String note) {
        Evidence e = get(actor, evidenceId);
        handlerCase(actor, e.caseId(), Action.EVIDENCE_ANNOTATE);
        String text = required(note, "note");
        record.append(e.caseId(), "EVIDENCE_ANNOTATED", actor.userId(),
                StoredText.of("text.withNote", e.fileName(), text),
                Map.of("evidenceId", evidenceId, "sha256", e.sha256(), "note", text));
    }

    /**
     * 撤回/作废: a handler withdraws a wrongly added item with a reason. The item, its file and its record entries
     * stay (the record and the export keep it, marked withdrawn); gates no longer count it.
     */
    @RequiresPermission(Action.EVIDENCE_WITHDRAW)
    @Transactional
    public Evidence withdraw(Actor actor, long evidenceId, String reason) {
        Evidence e = get(actor, evidenceId);
        handlerCase(actor, e.caseId(), Action.EVIDENCE_WITHDRAW);
        String why = required(reason, "reason");
        if (why.length() > 500) {
            throw DomainException.invalid("field.tooLong", "reason", 500);
        }
        EvidenceRow row = mapper.findForUpdate(evidenceId);
        if (row.withdrawnAt != null) {
            throw DomainException.conflict("evidence.alreadyWithdrawn", row.fileName);
        }
        if (mapper.withdraw(evidenceId, LocalDateTime.now(clock), actor.userId(), why) != 1) {
            throw DomainException.conflict("evidence.alreadyWithdrawn", row.fileName);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("evidenceId", evidenceId);
        details.put("sha256", row.sha256);
        details.put("reason", why);
        record.append(e.caseId(), "EVIDENCE_WITHDRAWN", actor.userId(),
                StoredText.of("text.withNote", row.fileName, why),
                details);
        return get(actor, evidenceId);
    }

    /**
     * Whether the actor may add, annotate and withdraw evidence of this case now (the screens show the forms). Not
     * transactional: a refusal inside must not mark a caller's transaction rollback-only.
     */
    public boolean mayAdd(Actor actor, long caseId) {
        if (!Permissions.allows(actor, Action.EVIDENCE_ADD)) {
            return false;
        }
        try {
            handlerCase(actor, caseId, Action.EVIDENCE_ADD);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Who may be declared present at a capture on {@code day}: the case's handlers holding a valid 执法证 then. */
    @Transactional(readOnly = true)
    public List<UserAccount> presentCandidates(Actor actor, long caseId, java.time.LocalDate day) {
        CaseFile c = cases.get(actor, caseId);
        return organization.usersByIds(cases.handlerIds(c.id())).stream()
                .filter(u -> u.enabled() && metadata.certifiedOn(u, day)).toList();
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    /** A workable case of which the actor is a handler (the relation of {@code action}). */
    private CaseFile handlerCase(Actor actor, long caseId, Action action) {
        Permissions.require(actor, action);
        CaseFile c = workableCase(actor, caseId);
        Permissions.requireRelation(actor, action, cases.handlerIds(c.id()).contains(actor.userId()));
        return c;
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

    private static String required(String s, String field) {
        if (s == null || s.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        return s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
                r.taskKey, r.custodianId, r.custodianName, r.uploadedBy, r.uploadedByName, r.uploadedAt,
                r.originalFileName, r.withdrawnAt, r.withdrawnByName, r.withdrawalReason);
    }

}
