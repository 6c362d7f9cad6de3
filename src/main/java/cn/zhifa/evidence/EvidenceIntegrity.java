package cn.zhifa.evidence;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integrity on read: a stored evidence file is re-hashed before it is served; a mismatch is recorded on the case and
 * alerted (in a transaction of its own), and the opening refused.
 */
@Component
class EvidenceIntegrity {

    /** Notification kind of an evidence file that failed its integrity check on read. */
    static final String ALERT = "EVIDENCE_INTEGRITY_FAILED";

    private final EvidenceStore store;
    private final EvidenceSettings settings;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate alertTx;
    /** Files found intact: storage path + size + modification time → when (clock millis); spares re-hashing per range. */
    private final Map<String, Long> intact = new ConcurrentHashMap<>();

    EvidenceIntegrity(EvidenceStore store, EvidenceSettings settings, CaseFileService cases, CaseRecord record,
            OrganizationService organization, NotificationService notifications, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.settings = settings;
        this.cases = cases;
        this.record = record;
        this.organization = organization;
        this.notifications = notifications;
        this.clock = clock;
        this.alertTx = new TransactionTemplate(transactions);
        this.alertTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Re-hashes the stored file (unless it was found intact, unchanged on disk, within the configured interval); a
     * mismatch is recorded on the case and alerted to the unit's heads and the supervisors — in a transaction of its
     * own that stays even though the opening is refused — and the opening is refused (409, nothing served).
     */
    void requireIntact(Actor actor, Evidence e) {
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
                StoredText.of("text.evidence.integrityFailed", e.fileName(), e.sha256().substring(0, 12),
                        shortHash(actual)), d);
        CaseFile c = cases.get(actor, e.caseId());
        Set<Long> alerted = new LinkedHashSet<>();
        organization.heads(c.unitId()).forEach(u -> alerted.add(u.id()));
        organization.users(null).stream().filter(u -> u.enabled() && u.roles().contains(Role.SUPERVISOR))
                .forEach(u -> alerted.add(u.id()));
        String subject = "evidence:" + e.id();
        List<Long> to = alerted.stream().filter(u -> !notifications.hasUnread(u, ALERT, subject)).toList();
        String ref = c.caseNo() == null ? "#" + c.id() : c.caseNo();
        notifications.notify(to, e.caseId(), ALERT, subject, null,
                StoredText.of("text.evidence.integrityAlert", ref, e.fileName()));
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) + "…" : h;
    }
}
