package cn.zhifa.supervision;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseStatistics;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full re-audit of every case as a background job (one at a time): pages through the case ids, audits each in
 * its own transaction, and exposes its progress. Used after a rubric or rule change; day-to-day the pre-audit is
 * incremental ({@link PreAuditTrigger}).
 */
@Component
public class PreAuditJob {

    private static final Logger LOG = LoggerFactory.getLogger(PreAuditJob.class);
    private static final int PAGE = 500;

    /** Progress of the last (or running) job. */
    public record Progress(boolean running, long total, long done, long failed, LocalDateTime startedAt,
            LocalDateTime finishedAt) {
    }

    private final CaseStatistics statistics;
    private final PreAuditService audits;
    private final Clock clock;
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(false, 0, 0, 0, null, null));

    PreAuditJob(CaseStatistics statistics, PreAuditService audits, Clock clock) {
        this.statistics = statistics;
        this.audits = audits;
        this.clock = clock;
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts the job on a thread of its own (supervisors and admins); refused while one runs. */
    @RequiresPermission(Action.SUPERVISION_AUDIT)
    public synchronized Progress start(Actor actor) {
        if (progress.get().running()) {
            throw DomainException.conflict("sv.audit.running");
        }
        Progress p = new Progress(true, statistics.countAll(), 0, 0, LocalDateTime.now(clock), null);
        progress.set(p);
        Thread t = new Thread(this::runAll, "zhifa-pre-audit");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** Runs the whole job in the calling thread (tests, benchmark). */
    public Progress runAll() {
        Progress p = progress.get();
        if (!p.running()) {
            p = new Progress(true, statistics.countAll(), 0, 0, LocalDateTime.now(clock), null);
            progress.set(p);
        }
        long done = 0;
        long failed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = statistics.idsAfter(after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                try {
                    audits.auditSeparately(id);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warn("pre-audit of case {} failed", id, e);
                }
                done++;
                after = id;
            }
            progress.set(new Progress(true, p.total(), done, failed, p.startedAt(), null));
        }
        Progress end = new Progress(false, p.total(), done, failed, p.startedAt(), LocalDateTime.now(clock));
        progress.set(end);
        return end;
    }
}
