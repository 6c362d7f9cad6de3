package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStage;
import java.time.LocalDateTime;

/** An entry of the case's record as the timeline reads it (with the actor's name). */
public class HistoryRow {
    public Long id;
    public long seq;
    public Long caseId;
    public CaseStage stage;
    public String action;
    public Long actorId;
    public String actorName;
    public LocalDateTime at;
    public String summary;
    public String originIp;
    public String originClient;
    public String details;
}
