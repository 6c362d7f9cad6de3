package cn.zhifa.deliberation.internal;

import java.time.LocalDateTime;

public class AttendeeRow {
    public long meetingId;
    public long userId;
    public boolean voting;
    public String attendeeRole;
    public Boolean present;
    public String absenceReason;
    public LocalDateTime confirmedAt;
    /** Joined from the user. */
    public String displayName;
}
