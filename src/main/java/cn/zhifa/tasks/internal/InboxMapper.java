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
            @Param("roles") Collection<String> roles, @Param("procedure") String procedure,
            @Param("limit") int limit, @Param("offset") int offset);

    boolean isHandler(@Param("caseId") long caseId, @Param("userId") long userId);
}
