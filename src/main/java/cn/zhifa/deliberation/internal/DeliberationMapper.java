package cn.zhifa.deliberation.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DeliberationMapper {

    void insertMeeting(MeetingRow row);

    MeetingRow findMeeting(long id);

    MeetingRow findMeetingForUpdate(long id);

    List<MeetingRow> meetings(@Param("unitId") Long unitId, @Param("limit") int limit);

    /** Optimistic: changes the status only from {@code from}; 0 = someone else moved it first. */
    int moveMeeting(@Param("id") long id, @Param("from") String from, @Param("to") String to,
            @Param("at") LocalDateTime at);

    int setDeputy(@Param("id") long id, @Param("deputyId") Long deputyId, @Param("note") String note);

    int setMinutes(@Param("id") long id, @Param("minutes") String minutes, @Param("at") LocalDateTime at);

    void insertItem(ItemRow row);

    List<ItemRow> items(long meetingId);

    ItemRow findItem(long id);

    /** Settles an OPEN item once; 0 = already settled (one winner). */
    int settleItem(ItemRow row);

    /** Items of a case, newest meeting first. */
    List<ItemRow> itemsOfCase(long caseId);

    /** The case's latest adopted decision item of a meeting whose minutes are confirmed, or null. */
    ItemRow latestConfirmedResolution(long caseId);

    /** The case's extension items (延长办案期限), newest meeting first. */
    List<ItemRow> extensionItemsOfCase(long caseId);

    /** Cases already on the agenda of a meeting that is not yet confirmed, for items of that kind. */
    List<Long> casesOnOpenAgenda(@Param("caseIds") List<Long> caseIds, @Param("kind") String kind);

    void insertAttendee(AttendeeRow row);

    List<AttendeeRow> attendees(long meetingId);

    int setAttendance(@Param("meetingId") long meetingId, @Param("userId") long userId,
            @Param("present") boolean present, @Param("reason") String reason);

    /** Confirms once; 0 = already confirmed. */
    int confirm(@Param("meetingId") long meetingId, @Param("userId") long userId, @Param("at") LocalDateTime at);

    void insertVote(VoteRow row);

    List<VoteRow> votes(long meetingId);
}
