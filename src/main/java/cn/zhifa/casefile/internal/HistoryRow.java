package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStage;
import java.time.LocalDateTime;

/** case_stage_history row (with the actor's name when read). */
public class HistoryRow {
    public Long id;
    public Long caseId;
    public CaseStage fromStage;
    public CaseStage toStage;
    public String action;
    public Long actorId;
    public String actorName;
    public LocalDateTime at;
    public String comment;
}
