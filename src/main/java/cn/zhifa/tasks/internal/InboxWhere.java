package cn.zhifa.tasks.internal;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.shared.PartyMatch;
import cn.zhifa.tasks.InboxFilter;
import java.time.LocalDate;

/**
 * An {@link InboxFilter} as the inbox queries' conditions: the light as a range of the urgency column (red: due before
 * today; yellow: from today to the last yellow day; green: later, with a due date), the party as a LIKE pattern with
 * its wildcards escaped ({@code ESCAPE '!'}) and, when the party's rarest piece has few cases, that piece, whose cases
 * the inbox reads first (decision 0032 amendment 1).
 */
public final class InboxWhere {

    public static final InboxWhere NONE = new InboxWhere();
    /** The urgency of a task without a due date (V220's generated column). */
    static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

    public String procedure;
    public String taskKey;
    public Long itemId;
    public String partyLike;
    public String partyDriver;
    /** The fragment's rarest piece: a task's case must be under it (tested before the name, decision 0032 am. 1). */
    public String partyPiece;
    public Long handlerId;
    public LocalDate dueBefore;
    public LocalDate dueFrom;
    public LocalDate dueTo;
    public boolean hasDue;

    /** The filter's conditions; {@code party} is the planned party match (null without a party). */
    public static InboxWhere of(InboxFilter f, PartyMatch party, LocalDate today, DeadlineLights lights) {
        InboxWhere w = new InboxWhere();
        w.procedure = f.procedure();
        w.taskKey = f.taskKey();
        w.itemId = f.itemId();
        w.handlerId = f.handlerId();
        if (party != null) {
            w.partyLike = party.like();
            w.partyDriver = party.driver(); // a piece under no case drives too: its list is empty
            w.partyPiece = party.rarest();
        }
        DeadlineLight light = f.light();
        if (light == DeadlineLight.RED) {
            w.dueBefore = today;
        } else if (light == DeadlineLight.YELLOW) {
            w.dueFrom = today;
            w.dueTo = lights.lastYellowDay(today);
        } else if (light == DeadlineLight.GREEN) {
            w.dueFrom = lights.lastYellowDay(today).plusDays(1);
            // below the urgency of "no due date" (9999-12-31), so the index range ends before those tasks
            w.dueTo = NO_DUE.minusDays(1);
            w.hasDue = true;
        }
        return w;
    }
}
