package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.organization.Actor;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Content other features add to the case workspace and beside a task's form (e.g. the legal review's requirements
 * and history, the evidence a reviewer reads, the record's tools). Beans are called on every render; they build new
 * components. This is the case workspace's contribution point: {@code casefile} knows none of its contributors.
 */
@org.springframework.modulith.NamedInterface("ui")
public interface CasePanels {

    /** A section of the case workspace (with its own heading), or empty. */
    default Optional<Component> workspaceSection(Actor actor, CaseFile caseFile) {
        return Optional.empty();
    }

    /**
     * Tools shown at the head of the case's timeline (办案过程), e.g. the full-process record's verify and export for
     * those allowed, or empty.
     */
    default Optional<Component> timelineTools(Actor actor, CaseFile caseFile) {
        return Optional.empty();
    }

    /**
     * Addresses that open the case's registered documents, by register id ({@code case_document.id}): the latest
     * generated version's PDF; documents not generated (photos, uploads) or not rendered yet are absent.
     */
    default java.util.Map<Long, String> documentLinks(Actor actor, CaseFile caseFile) {
        return java.util.Map.of();
    }

    /** Content shown beside the form of {@code task} (a split layout), or empty. */
    default Optional<Component> besideTask(Actor actor, InboxTask task, CaseFile caseFile) {
        return Optional.empty();
    }
}
