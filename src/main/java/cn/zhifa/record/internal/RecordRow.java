package cn.zhifa.record.internal;

import java.time.LocalDateTime;

/** case_record row (with the actor's name when read). */
public class RecordRow {
    public Long id;
    public long caseId;
    public long seq;
    public String action;
    public String stage;
    public Long actorId;
    public String actorName;
    public LocalDateTime at;
    public String originIp;
    public String originClient;
    public String summary;
    public String details;
    public String prevHash;
    public String entryHash;
}
