package cn.zhifa.tasks;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.shared.DomainException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 筛选 of the task centre on business data: procedure, step (task key), item (事项), party (any part of the name),
 * deadline light and handler (承办人); every part optional, all given parts must hold. The inbox serves a filtered page
 * in its index order like an unfiltered one (the parts are checked on the rows as the index yields them).
 */
public record InboxFilter(String procedure, String taskKey, Long itemId, String party, DeadlineLight light,
        Long handlerId) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null, null);
    public static final int PARTY_MAX = 50;
    private static final Set<String> PROCEDURES = Set.of(InboxTask.PROCEDURE_ORDINARY, InboxTask.PROCEDURE_SUMMARY,
            InboxTask.PROCEDURE_COMPLAINT);
    private static final Pattern TASK_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public InboxFilter {
        procedure = blankToNull(procedure);
        taskKey = blankToNull(taskKey);
        party = blankToNull(party);
    }

    public static InboxFilter procedure(String procedure) {
        return new InboxFilter(procedure, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Refuses a part no inbox row could have (an unknown procedure, a malformed step, an overlong name). */
    public InboxFilter checked() {
        if (procedure != null && !PROCEDURES.contains(procedure)) {
            throw DomainException.invalid("inbox.filter.procedure", procedure);
        }
        if (taskKey != null && !TASK_KEY.matcher(taskKey).matches()) {
            throw DomainException.invalid("inbox.filter.taskKey");
        }
        if (party != null && party.length() > PARTY_MAX) {
            throw DomainException.invalid("inbox.filter.party", PARTY_MAX);
        }
        return this;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
