package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.evidence.internal.EvidenceMapper;
import cn.zhifa.evidence.internal.EvidenceRow;
import cn.zhifa.evidence.internal.OfficerRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.notification.NotificationService;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
    private final TransactionTemplate alertTx;
    private final NotificationService notifications;
    /** Files found intact: storage path + size + modification time → when (clock millis); spares re-hashing per range. */
    private final Map<String, Long> intact = new ConcurrentHashMap<>();

    public EvidenceService(EvidenceMapper mapper, EvidenceStore store, EvidenceSettings settings,
            CaseFileService cases, CaseRecord record, OrganizationService organization, Clock clock,
            PlatformTransactionManager transactions, NotificationService notifications) {
        this.tx = new TransactionTemplate(transactions);
        this.alertTx = new TransactionTemplate(transactions);
        this.alertTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
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
        // again inside the transaction: the case (or its handlers) may have changed meanwhile
        CaseFile c = handlerCase(actor, caseId, Action.EVIDENCE_ADD);
        check(c, meta);
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
        requireIntact(actor, e);
        if (recordIt && access != Access.THUMBNAIL) {
            String action = access == Access.DOWNLOAD ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_VIEWED";
            record.append(e.caseId(), action, actor.userId(), e.fileName(),
                    Map.of("evidenceId", e.id(), "sha256", e.sha256()));
        }
        return new Opened(e, new VerifyingResource(store.resource(e.storagePath()), e.sha256(), e.size()));
    }

    /**
     * Re-hashes the stored file (unless it was found intact, unchanged on disk, within the configured interval); a
     * mismatch is recorded on the case and alerted to the unit's heads and the supervisors — in a transaction of its
     * own that stays even though the opening is refused — and the opening is refused (409, nothing served).
     */
    private void requireIntact(Actor actor, Evidence e) {
        Resource file = store.resource(e.storagePath());
        String key;
        try {
            key = e.storagePath() + "|" + file.contentLength() + "|" + file.lastModified();
        } catch (IOException x) {
            throw DomainException.conflict("evidence.fileMissing", e.fileName());
        }
        long now = clock.millis();
        Long at = intact.get(key);
        if (at != null && now - at < settings.getIntactFor().toMillis()) {
            return;
        }
        String actual;
        long size;
        try (InputStream in = store.open(e.storagePath())) {
            VerifyingInputStream.Digest d = VerifyingInputStream.digest(in);
            actual = d.sha256();
            size = d.size();
        } catch (IOException x) {
            actual = "unreadable";
            size = -1;
        }
        if (size != e.size() || !actual.equalsIgnoreCase(e.sha256())) {
            String found = actual;
            long foundSize = size;
            alertTx.executeWithoutResult(s -> integrityFailed(actor, e, found, foundSize));
            throw DomainException.conflict("evidence.integrityFailed", e.fileName(), e.sha256().substring(0, 12));
        }
        intact.keySet().removeIf(k -> k.startsWith(e.storagePath() + "|"));
        intact.put(key, now);
    }

    private void integrityFailed(Actor actor, Evidence e, String actual, long size) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("evidenceId", e.id());
        d.put("fileName", e.fileName());
        d.put("sha256", e.sha256());
        d.put("actualSha256", actual);
        d.put("size", e.size());
        d.put("actualSize", size);
        d.put("storedPath", e.storagePath());
        record.append(e.caseId(), "EVIDENCE_INTEGRITY_FAILED", actor.userId(),
                e.fileName() + "（SHA-256 " + e.sha256().substring(0, 12) + "… ≠ " + shortHash(actual) + "）", d);
        CaseFile c = cases.get(actor, e.caseId());
        Set<Long> alerted = new LinkedHashSet<>();
        organization.heads(c.unitId()).forEach(u -> alerted.add(u.id()));
        organization.users(null).stream().filter(u -> u.enabled() && u.roles().contains(Role.SUPERVISOR))
                .forEach(u -> alerted.add(u.id()));
        String subject = "evidence:" + e.id();
        List<Long> to = alerted.stream().filter(u -> !notifications.hasUnread(u, INTEGRITY_ALERT, subject)).toList();
        String ref = c.caseNo() == null ? "#" + c.id() : c.caseNo();
        notifications.notify(to, e.caseId(), INTEGRITY_ALERT, subject, null, "证据文件校验失败：" + ref + " 的「"
                + e.fileName() + "」存储内容与入库时的 SHA-256 不符，已阻止下载，请立即核查。/ Evidence integrity check "
                + "failed: the stored content of \"" + e.fileName() + "\" (" + ref + ") no longer matches its recorded "
                + "SHA-256; downloads are blocked.");
    }

    /** Notification kind of an evidence file that failed its integrity check on read. */
    public static final String INTEGRITY_ALERT = "EVIDENCE_INTEGRITY_FAILED";

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) + "…" : h;
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
                row.fileName + "：" + row.custodianName + " → " + to.displayName() + "（" + why + "）", details);
        return get(actor, evidenceId);
    }

    /** A correction or remark: evidence is never edited, the note is a record entry. */
    @RequiresPermission(Action.EVIDENCE_ANNOTATE)
    @Transactional
    public void annotate(Actor actor, long evidenceId, String note) {
        Evidence e = get(actor, evidenceId);
        handlerCase(actor, e.caseId(), Action.EVIDENCE_ANNOTATE);
        String text = required(note, "note");
        record.append(e.caseId(), "EVIDENCE_ANNOTATED", actor.userId(), e.fileName() + "：" + text,
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
        record.append(e.caseId(), "EVIDENCE_WITHDRAWN", actor.userId(), row.fileName + "：" + why, details);
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
                .filter(u -> u.enabled() && certifiedOn(u, day)).toList();
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    /** A workable case of which the actor is a handler (the relation of {@code action}). */
    private CaseFile handlerCase(Actor actor, long caseId, Action action) {
        Permissions.require(actor, action);
        CaseFile c = workableCase(actor, caseId);
        Permissions.requireRelation(actor, action, cases.handlerIds(c.id()).contains(actor.userId()));
        return c;
    }

    private boolean certifiedOn(UserAccount u, java.time.LocalDate day) {
        if (!u.roles().contains(Role.OFFICER) || u.roles().contains(Role.AUXILIARY)) {
            return false;
        }
        return organization.certificates(u.id()).stream().anyMatch((Certificate cert) -> cert.isValidOn(day));
    }

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
        if (meta.fileName() == null || meta.fileName().isBlank()) {
            throw DomainException.invalid("field.required", "fileName");
        }
        String name = EvidenceFileNames.normalise(meta.fileName());
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
        List<Long> handlers = cases.handlerIds(c.id());
        for (Long id : ids) {
            UserAccount u = users.get(id);
            if (u == null || !u.enabled() || u.unitId() != c.unitId()) {
                throw DomainException.invalid("evidence.officerOtherUnit", u == null ? String.valueOf(id)
                        : u.displayName());
            }
            if (!handlers.contains(id)) {
                throw DomainException.invalid("evidence.officerNotHandler", u.displayName());
            }
            if (!certifiedOn(u, meta.capturedAt().toLocalDate())) {
                throw DomainException.invalid("evidence.officerNoCertificate", u.displayName(),
                        meta.capturedAt().toLocalDate());
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

    /** The stored name of a file name (see {@link EvidenceFileNames}). */
    static String safeName(String name) {
        return EvidenceFileNames.normalise(name);
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
                r.taskKey, r.custodianId, r.custodianName, r.uploadedBy, r.uploadedByName, r.uploadedAt,
                r.originalFileName, r.withdrawnAt, r.withdrawnByName, r.withdrawalReason);
    }

}
