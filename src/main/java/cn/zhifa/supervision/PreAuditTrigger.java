package cn.zhifa.supervision;

import cn.zhifa.casefile.CaseDecided;
import cn.zhifa.casefile.DecisionChanged;
import cn.zhifa.shared.TransactionScoped;
import cn.zhifa.tasks.TaskEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.event.EventListener;

/**
 * Keeps the pre-audit incremental: a completed step, a decision or a changed decision marks its case; each marked case
 * (once, however many events it raised) is audited again just before the transaction commits — after the documents
 * and the publication made at the commit ({@link TransactionScoped#CHECK}), before the cockpit's counters — so its findings
 * commit with the step, from the reads the step has already made ({@code TransactionReadCache}), without a
 * transaction of its own (decision 0034). The record is not re-hashed ({@link PreAuditService#auditChanged}).
 * Nothing re-scans other cases. A failing audit is logged and the case audited again after the commit in a transaction
 * of its own, as it is for a read-only transaction or a mark that comes after the audit ran; the step still commits —
 * unless the failure is the database's, inside one of the case services the audit reads through (they join the
 * step's transaction and mark it for rollback), which would have failed the step's own reads as well.
 */
@Component
class PreAuditTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(PreAuditTrigger.class);

    private final PreAuditService audits;

    PreAuditTrigger(PreAuditService audits) {
        this.audits = audits;
    }

    @EventListener
    void on(TaskEvent e) {
        if (e.kind() == TaskEvent.Kind.COMPLETED || e.kind() == TaskEvent.Kind.CANCELLED) {
            mark(e.caseId());
        }
    }

    @EventListener
    void on(CaseDecided e) {
        mark(e.caseId());
    }

    @EventListener
    void on(DecisionChanged e) {
        mark(e.caseId());
    }

    private void mark(long caseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            after(Set.of(caseId));
            return;
        }
        TransactionScoped.current(Marked.class, Marked::new).ids.add(caseId);
    }

    /** Audits each case in a transaction of its own (after a commit, or with no transaction). */
    private void after(Set<Long> ids) {
        for (long id : ids) {
            try {
                audits.auditChanged(id);
            } catch (RuntimeException ex) {
                LOG.warn("pre-audit of case {} failed", id, ex);
            }
        }
    }

    /** The cases marked in one transaction; those audited before its commit. */
    private final class Marked implements TransactionSynchronization {
        final Set<Long> ids = new LinkedHashSet<>();
        final Set<Long> audited = new LinkedHashSet<>();

        @Override
        public int getOrder() {
            return TransactionScoped.CHECK;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (readOnly) {
                return; // audited after the commit
            }
            for (long id : List.copyOf(ids)) {
                try {
                    audits.auditInStep(id);
                    audited.add(id);
                } catch (RuntimeException ex) {
                    LOG.warn("pre-audit of case {} before the commit failed; again after it", id, ex);
                }
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                Set<Long> rest = new LinkedHashSet<>(ids);
                rest.removeAll(audited);
                after(rest);
            }
        }
    }
}
