package cn.zhifa.tasks;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.internal.SavedFilterMapper;
import cn.zhifa.tasks.internal.SavedFilterRow;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用筛选: each user keeps up to {@link #MAX} named inbox filters of his own (personal settings of his task list:
 * nothing of a case changes, so no record entry). A name is unique per user; only the owner sees or deletes one.
 */
@Service
public class SavedFilters {

    public static final int MAX = 20;
    public static final int NAME_MAX = 40;

    private final SavedFilterMapper mapper;
    private final Clock clock;

    SavedFilters(SavedFilterMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine(Actor actor) {
        return mapper.ofUser(actor.userId()).stream().map(SavedFilters::toFilter).toList();
    }

    /** One of the user's saved filters; another user's (or a deleted one) is not found. */
    @Transactional(readOnly = true)
    public InboxFilter filter(Actor actor, long id) {
        return mine(actor).stream().filter(s -> s.id() == id).findFirst().map(SavedFilter::filter)
                .orElseThrow(() -> DomainException.notFound("inbox.filter.notFound", id));
    }

    /** Saves the filter under a name of the user's; refused: no name, too long, taken, empty filter, too many. */
    @RequiresPermission(Action.TASK_FILTER_SAVE)
    @Transactional
    public SavedFilter save(Actor actor, String name, InboxFilter filter) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            throw DomainException.invalid("inbox.filter.nameRequired");
        }
        if (n.length() > NAME_MAX) {
            throw DomainException.invalid("inbox.filter.nameTooLong", NAME_MAX);
        }
        if (filter == null || filter.isEmpty()) {
            throw DomainException.invalid("inbox.filter.empty");
        }
        filter.checked();
        if (mapper.nameTaken(actor.userId(), n)) {
            throw DomainException.conflict("inbox.filter.nameTaken", n);
        }
        if (mapper.countOfUser(actor.userId()) >= MAX) {
            throw DomainException.conflict("inbox.filter.tooMany", MAX);
        }
        SavedFilterRow row = new SavedFilterRow();
        row.userId = actor.userId();
        row.name = n;
        row.procedureType = filter.procedure();
        row.taskKey = filter.taskKey();
        row.itemId = filter.itemId();
        row.party = filter.party();
        row.light = filter.light() == null ? null : filter.light().name();
        row.handlerId = filter.handlerId();
        row.createdAt = LocalDateTime.now(clock);
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) { // the same name saved at the same moment (another tab): one wins
            throw DomainException.conflict("inbox.filter.nameTaken", n);
        }
        return toFilter(row);
    }

    @RequiresPermission(Action.TASK_FILTER_SAVE)
    @Transactional
    public void delete(Actor actor, long id) {
        if (mapper.deleteOwn(id, actor.userId()) != 1) {
            throw DomainException.notFound("inbox.filter.notFound", id);
        }
    }

    private static SavedFilter toFilter(SavedFilterRow r) {
        return new SavedFilter(r.id, r.name, new InboxFilter(r.procedureType, r.taskKey, r.itemId, r.party,
                r.light == null ? null : DeadlineLight.valueOf(r.light), r.handlerId));
    }
}
