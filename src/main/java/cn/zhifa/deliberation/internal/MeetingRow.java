package cn.zhifa.deliberation.internal;

import java.time.LocalDateTime;

public class MeetingRow {
    public long id;
    public long unitId;
    public LocalDateTime scheduledAt;
    public String place;
    public long convenedBy;
    public long presidingId;
    public Long deputyId;
    public String deputyNote;
    public String status;
    public LocalDateTime votingOpenedAt;
    public String minutes;
    public LocalDateTime minutesAt;
    public LocalDateTime confirmedAt;
    public LocalDateTime createdAt;
    public int version;
}
