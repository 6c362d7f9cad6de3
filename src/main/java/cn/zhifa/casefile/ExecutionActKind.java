package cn.zhifa.casefile;

/** The acts of execution recorded on a fine case (decision record 0021). */
public enum ExecutionActKind {
    /** 延期缴纳罚款: the party's application, decided by a head (行政处罚法 Art. 66 ¶2). */
    DEFERRAL,
    /** 分期缴纳罚款: the party's application, decided by a head (行政处罚法 Art. 66 ¶2). */
    INSTALMENTS,
    /** 催告: the 催告书 issued and served (行政强制法 Art. 35, 38, 54). */
    DEMAND,
    /** 申请人民法院强制执行, the court's acceptance and its ruling (行政强制法 Art. 53–58). */
    COURT,
    /** 终结执行 on a ground of 行政强制法 Art. 40, decided by a head. */
    TERMINATION
}
