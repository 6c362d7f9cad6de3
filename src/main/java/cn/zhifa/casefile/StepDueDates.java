package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.shared.TransactionScoped;
import cn.zhifa.tasks.TaskDueDates;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The due date of a task that a step's engine completion creates: the case's deadlines computed from the step's row
 * as changed, at the stage the new task stands for — what the clock keeps right after the step — so the task's inbox
 * row is written with its due date and not updated a moment later. Answers only while a step of that case completes
 * its engine task; the clock's refresh after the step stays the authority and corrects whatever differs.
 */
@Component
class StepDueDates implements TaskDueDates {

    private final CaseClockService clock;
    private final StepCatalogue catalogue;

    StepDueDates(CaseClockService clock, StepCatalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    /** Runs a step's engine completion with its case's row (and clock events, if read and still current) known. */
    void completing(CaseRow row, List<ClockEvent> events, Runnable completion) {
        Completing c = TransactionScoped.current(Completing.class, Completing::new);
        if (c == null) {
            completion.run();
            return;
        }
        c.row = row;
        c.events = events;
        try {
            completion.run();
        } finally {
            c.row = null;
            c.events = null;
        }
    }

    @Override
    public LocalDate dueOf(long caseId, String taskKey) {
        Completing c = TransactionScoped.find(Completing.class);
        DeadlineKind kind = catalogue.deadlineOf(taskKey);
        if (c == null || c.row == null || c.row.id == null || c.row.id != caseId || kind == null) {
            return null;
        }
        CaseRow row = c.row;
        CaseStage was = row.stage;
        CaseStage stage = catalogue.stageOf(taskKey);
        if (stage != null) {
            row.stage = stage; // the stage the task stands for, as the step will write it
        }
        try {
            return clock.computeWith(row, c.events).stream().filter(d -> d.kind() == kind && d.open())
                    .map(CaseDeadline::due).findFirst().orElse(null);
        } finally {
            row.stage = was;
        }
    }

    /** The step completing its engine task in this transaction, while it does. */
    private static final class Completing implements TransactionSynchronization {
        CaseRow row;
        List<ClockEvent> events;
    }
}
