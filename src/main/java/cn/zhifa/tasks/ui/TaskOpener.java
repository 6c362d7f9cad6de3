package cn.zhifa.tasks.ui;

import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import java.util.List;
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

    /** The steps (task keys) of this opener's procedure in their order, offered by the inbox's step filter. */
    default List<String> taskKeys() {
        return List.of();
    }

    /** The opener of {@code task} among {@code openers}: its procedure's, else the ordinary procedure's. */
    static TaskOpener of(List<TaskOpener> openers, InboxTask task) {
        TaskOpener fallback = null;
        for (TaskOpener o : openers) {
            if (o.serves(task.procedureType())) {
                return o;
            }
            if (o.serves(InboxTask.PROCEDURE_ORDINARY)) {
                fallback = o;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no TaskOpener for procedure " + task.procedureType());
        }
        return fallback;
    }
}
