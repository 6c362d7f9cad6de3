package cn.zhifa.tasks.internal;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.tasks.InboxFilter;
import java.time.LocalDate;

/**
 * An {@link InboxFilter} as the inbox queries' conditions: the light as a range of the urgency column (red: due before
 * today; yellow: from today to the last yellow day; green: later, with a due date), the party as a LIKE pattern with
 * its wildcards escaped ({@code ESCAPE '!'}).
 */
public final class InboxWhere {

    public static final InboxWhere NONE = new InboxWhere();

    public String procedure;
    public String taskKey;
    public Long itemId;
    public String partyLike;
    public Long handlerId;
    public LocalDate dueBefore;
    public LocalDate dueFrom;
    public LocalDate dueTo;
    public boolean hasDue;

    public static InboxWhere of(InboxFilter f, LocalDate today, DeadlineLights lights) {
        InboxWhere w = new InboxWhere();
        w.procedure = f.procedure();
        w.taskKey = f.taskKey();
        w.itemId = f.itemId();
        w.handlerId = f.handlerId();
        if (f.party() != null) {
            w.partyLike = "%" + f.party().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }
        DeadlineLight light = f.light();
        if (light == DeadlineLight.RED) {
            w.dueBefore = today;
        } else if (light == DeadlineLight.YELLOW) {
            w.dueFrom = today;
            w.dueTo = lights.lastYellowDay(today);
        } else if (light == DeadlineLight.GREEN) {
            w.dueFrom = lights.lastYellowDay(today).plusDays(1);
            w.hasDue = true;
        }
        return w;
    }
}
