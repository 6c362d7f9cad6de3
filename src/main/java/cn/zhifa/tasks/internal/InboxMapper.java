package cn.zhifa.tasks.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InboxMapper {
    void insert(@Param("taskId") String taskId, @Param("caseId") long caseId, @Param("unitId") long unitId,
            @Param("taskKey") String taskKey, @Param("candidateGroup") String candidateGroup,
            @Param("assigneeId") Long assigneeId, @Param("createdAt") LocalDateTime createdAt,
            @Param("dueDate") LocalDate dueDate, @Param("procedureType") String procedureType);

    int setAssignee(@Param("taskId") String taskId, @Param("assigneeId") Long assigneeId);

    /** Assigns the task to {@code userId} only if free or already theirs; 0 when someone else holds it. */
    int claimIfFree(@Param("taskId") String taskId, @Param("userId") long userId);

    int delete(String taskId);

    int setDueDate(@Param("taskId") String taskId, @Param("due") LocalDate due);

    int setHandlerQueueDue(@Param("taskId") String taskId, @Param("due") LocalDate due);

    /** Queues a new HANDLER task for each handler of its case (nothing for other tasks). */
    int insertHandlerQueue(String taskId);

    int deleteHandlerQueueOfCase(long caseId);

    int insertHandlerQueueOfCase(long caseId);

    /** Copies the open task into the completed tasks of {@code userId}; 0 when it is not an inbox task. */
    int insertDone(@Param("taskId") String taskId, @Param("userId") long userId,
            @Param("completedAt") LocalDateTime completedAt);

    /** 已办 of a user, newest completion first. */
    List<DoneRow> done(@Param("userId") long userId, @Param("limit") int limit, @Param("offset") int offset);

    int urgeAgain(@Param("taskId") String taskId, @Param("at") LocalDateTime at, @Param("by") long by);

    int urgeFirst(@Param("taskId") String taskId, @Param("at") LocalDateTime at, @Param("by") long by);

    int urgeCount(String taskId);

    int urgesOfCase(long caseId);

    InboxRow find(String taskId);

    InboxRow findForUpdate(String taskId);

    /** Case, step, assignee and procedure of a task, for its lifecycle events. */
    InboxRow eventRef(String taskId);

    List<InboxRow> ofCase(long caseId);

    List<InboxRow> ofComplaint(long complaintId);

    cn.zhifa.tasks.TaskRef ref(String taskId);

    List<cn.zhifa.tasks.TaskRef> refsOfCase(long caseId);

    /** Tasks assigned to me, my roles' queue in my unit, and the unassigned handler tasks of my cases. */
    List<InboxRow> inbox(@Param("userId") long userId, @Param("unitId") long unitId,
            @Param("roles") Collection<String> roles, @Param("f") InboxWhere filter,
            @Param("limit") int limit, @Param("offset") int offset);

    List<Long> handlersOf(long caseId);

    /** Open HANDLER tasks of a case assigned to {@code userId} (a handler being replaced). */
    List<String> handlerTasksAssignedTo(@Param("caseId") long caseId, @Param("userId") long userId);

    /** All open tasks of a unit by urgency. */
    List<InboxRow> unitTasks(@Param("unitId") long unitId, @Param("f") InboxWhere filter,
            @Param("limit") int limit, @Param("offset") int offset);

    boolean isHandler(@Param("caseId") long caseId, @Param("userId") long userId);

    /** The number of cases under a party piece, counting at most {@code cap} (decision 0032). */
    int partyPostings(@Param("gram") String gram, @Param("cap") int cap);
}
