package cn.zhifa.supervision;

import cn.zhifa.casefile.CaseDecided;
import cn.zhifa.casefile.DecisionChanged;
import cn.zhifa.tasks.TaskEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.event.EventListener;

/**
 * Keeps the pre-audit incremental: a completed step, a decision or a changed decision marks its case; once the
 * transaction commits, each marked case (once, however many events it raised) is audited again in a transaction of
 * its own (without re-hashing the record: {@link PreAuditService#auditChanged}). Nothing re-scans other cases. A
 * failing audit is logged and never undoes the user's step.
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
            run(Set.of(caseId));
            return;
        }
        Marked marked = (Marked) TransactionSynchronizationManager.getResource(Marked.class);
        if (marked == null) {
            marked = new Marked();
            TransactionSynchronizationManager.bindResource(Marked.class, marked);
            Marked bound = marked;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Marked.class);
                    if (status == STATUS_COMMITTED) {
                        run(bound.ids);
                    }
                }
            });
        }
        marked.ids.add(caseId);
    }

    private void run(Set<Long> ids) {
        for (long id : ids) {
            try {
                audits.auditChanged(id);
            } catch (RuntimeException ex) {
                LOG.warn("pre-audit of case {} failed", id, ex);
            }
        }
    }

    private static final class Marked {
        final Set<Long> ids = new LinkedHashSet<>();
    }
}
