package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStage;
import java.time.LocalDateTime;

/** case_document row. */
public class DocumentRow {
    public Long id;
    public Long caseId;
    public String docType;
    public String title;
    public String docNo;
    public CaseStage stage;
    public Long createdBy;
    public LocalDateTime createdAt;
}
