package cn.zhifa.tasks.ui;

import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Contribution point of the inbox: each procedure (ordinary, summary, complaint) declares a bean that links a task's
 * case and opens the screen where the task is worked, so the inbox knows no procedure's screens.
 */
@NamedInterface("ui")
public interface TaskOpener {

    /** Whether this opener serves tasks of {@code procedureType} ({@link InboxTask#procedureType()}). */
    boolean serves(String procedureType);

    /** A link to the case (or complaint) the task belongs to, labelled {@code text}. */
    Component caseLink(InboxTask task, String text);

    /** Navigates to where the task is worked. */
    void open(InboxTask task);
}
