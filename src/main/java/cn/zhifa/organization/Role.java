package cn.zhifa.organization;

/** Roles a user can hold; candidate groups of BPMN user tasks are role names. */
public enum Role {
    /** 执法人员 — may handle cases when holding a valid certificate. */
    OFFICER,
    /** 协管/辅助人员 — assists only, never a case handler. */
    AUXILIARY,
    /** 中队长/队长 — reviews cases. */
    TEAM_LEADER,
    /** 负责人 — approves filing, decides, approves closing. */
    HEAD,
    /** 主要负责人. */
    PRINCIPAL_HEAD,
    /** 法制审核人员. */
    LEGAL_REVIEWER,
    /** 监督人员 — sees all units, read only. */
    SUPERVISOR,
    /** 系统管理员. */
    ADMIN
}
