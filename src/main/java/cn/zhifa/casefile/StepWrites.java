package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Phase 4 of the step pipeline ({@link CaseWorkflowService}): the step's writes — handlers, case number, then its
 * documents, acts and events in their declared order. The documents' record entries are held back and appended with
 * the step's own entry (one append), except when an act or event comes after them (it may append entries itself).
 */
@Component
class StepWrites {

    private final CaseFileMapper mapper;
    private final CaseNumbering numbering;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final cn.zhifa.tasks.InboxService inbox;

    StepWrites(CaseFileMapper mapper, CaseNumbering numbering, CaseHistory history, ApplicationEventPublisher events,
            Clock clock, cn.zhifa.tasks.InboxService inbox) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.numbering = numbering;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** The step's writes in order; returns the document entries not yet appended (appended with the step's). */
    List<CaseRecord.Entry> persist(Actor actor, CaseFile before, CaseChanges changes,
            StepResult result) {
        List<CaseRecord.Entry> entries = new ArrayList<>();
        CaseRow row = changes.row;
        if (changes.handlers() != null) {
            mapper.deleteHandlers(row.id);
            if (!changes.handlers().isEmpty()) {
                mapper.insertHandlers(row.id, changes.handlers());
            }
            inbox.handlersChanged(row.id); // the handlers' open tasks are queued for the new handlers
        }
        if (changes.caseNumberRequested()) {
            numbering.assign(row, java.time.LocalDate.now(clock));
            changes.numberAssigned();
        }
        for (StepResult.Write w : result.writes()) {
            if (w instanceof StepResult.Document d) {
                entries.add(history.registerDocument(row.id, d.code(), d.title(), d.docNo(), before.stage(),
                        actor.userId()));
                continue;
            }
            // an act or event may append entries of its own: the documents before it come first
            history.append(row.id, entries);
            entries.clear();
            if (w instanceof StepResult.Act a) {
                a.run().run();
            } else if (w instanceof StepResult.Event e) {
                events.publishEvent(e.event());
            }
        }
        return entries;
    }
}
