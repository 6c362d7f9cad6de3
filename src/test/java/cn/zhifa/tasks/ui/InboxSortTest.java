package cn.zhifa.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.tasks.InboxTask;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxSortTest {

    private static InboxTask task(String id, LocalDate due) {
        return new InboxTask(id, 1, 1, "Task_Investigate", "HANDLER", null, null, null, due, null, null, null, null,
                null);
    }

    @Test
    void sortsByDueDateWithTasksWithoutOneLastEitherWay() {
        List<InboxTask> tasks = List.of(task("a", LocalDate.of(2026, 5, 6)), task("b", null),
                task("c", LocalDate.of(2026, 3, 2)), task("d", LocalDate.of(2026, 5, 6)));
        assertThat(InboxView.sortedByDue(tasks, false)).extracting(InboxTask::taskId).containsExactly("c", "a", "d",
                "b");
        assertThat(InboxView.sortedByDue(tasks, true)).extracting(InboxTask::taskId).containsExactly("a", "d", "c",
                "b");
    }
}
