package cn.zhifa.organization;

import static cn.zhifa.organization.Role.ADMIN;
import static cn.zhifa.organization.Role.AUXILIARY;
import static cn.zhifa.organization.Role.HEAD;
import static cn.zhifa.organization.Role.LEGAL_REVIEWER;
import static cn.zhifa.organization.Role.OFFICER;
import static cn.zhifa.organization.Role.PRINCIPAL_HEAD;
import static cn.zhifa.organization.Role.SUPERVISOR;
import static cn.zhifa.organization.Role.TEAM_LEADER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The permission matrix (权限矩阵): every state-changing action of the system, the roles that may take it, its data
 * scope and the relation to the case (or object) the actor must also have, and the REST endpoints that perform it.
 * This enum is the one place the matrix lives: services declare the action they perform with
 * {@link RequiresPermission} (checked by {@link Permissions} before the service method runs, for REST, screens and
 * engine alike), the relation is checked by the service with the data it holds, and the matrix test walks every
 * state-changing REST endpoint of the application against this table (an endpoint missing here fails it).
 *
 * <p>Supervisors (监督) are read-only everywhere: no write action admits {@link Role#SUPERVISOR}, and a user holding
 * that role is refused every write that is not {@link Scope#PERSONAL} even if another of his roles would allow it.
 * Legal grounds and choices: {@code src/docs/decisions/0015-permission-matrix.md}.
 */
public enum Action {

    // ---- cases and tasks ---------------------------------------------------------------------------------------
    /** 线索登记 — auxiliaries may record a lead (信息收集, 中发〔2015〕37号 §十二). */
    CASE_REGISTER(roles(OFFICER, AUXILIARY, TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/cases"),
    /**
     * Work a step of a case/complaint/summary process: the candidate group of the task decides among these roles.
     * 退回 to an earlier step (send-back) is a way of working the open step: the same rights.
     */
    TASK_COMPLETE(roles(OFFICER, TEAM_LEADER, HEAD, PRINCIPAL_HEAD, LEGAL_REVIEWER), Relation.TASK_CANDIDATE,
            "POST /api/tasks/{taskId}/complete", "POST /api/tasks/{taskId}/send-back"),
    TASK_CLAIM(roles(OFFICER, TEAM_LEADER, HEAD, PRINCIPAL_HEAD, LEGAL_REVIEWER), Relation.TASK_CANDIDATE,
            "POST /api/tasks/{taskId}/claim", "POST /api/tasks/{taskId}/unclaim", "POST /api/tasks/bulk"),
    /**
     * 转办 of an open task to a qualified officer of the unit who may work it, with a reason: team leaders and heads of
     * the task's unit (issue 16, decision 0022).
     */
    TASK_REASSIGN(roles(TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/tasks/{taskId}/reassign"),
    /** 转办 of one of a case's handlers (承办人) to a qualified officer of the unit, with a reason: team leaders, heads. */
    CASE_HANDLER_REASSIGN(roles(TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE,
            "POST /api/cases/{id}/handlers/reassign"),
    /**
     * 催办: a notice to whoever holds (or may take) an open task, counted for supervision; it changes no enforcement
     * data, so supervisors may urge too (their own unit's tasks for team leaders and heads, any unit's for them).
     */
    SUPERVISION_URGE(roles(TEAM_LEADER, HEAD, PRINCIPAL_HEAD, SUPERVISOR), Relation.NONE, Scope.SUPERVISION,
            "POST /api/tasks/{taskId}/urge"),
    /** 中止/恢复/延长 the decision period: heads who are not handlers (行政处罚法 Art. 60). */
    CLOCK_MANAGE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER, "POST /api/cases/{id}/clock/pause",
            "POST /api/cases/{id}/clock/resume", "POST /api/cases/{id}/clock/extend"),
    /** 行政复议/行政诉讼 recorded by the handlers or a head. */
    REMEDY_RECORD(roles(OFFICER, HEAD, PRINCIPAL_HEAD), Relation.HANDLER_OR_HEAD, "POST /api/cases/{id}/remedies",
            "POST /api/cases/{id}/remedies/{remedyId}/outcome", "POST /api/cases/{id}/remedies/{remedyId}/copy-received",
            "POST /api/cases/{id}/remedies/{remedyId}/reply", "POST /api/cases/{id}/remedies/{remedyId}/hearings",
            "POST /api/cases/{id}/remedies/{remedyId}/changed-fine"),
    /**
     * 撤销并责令重新作出: a head reopens the case for the new decision the review body or court ordered (decision 0029).
     */
    REMEDY_REDO(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/cases/{id}/remedies/{remedyId}/redo"),
    /**
     * 送达地址确认书 recorded by the handlers or a head (before handlers are named: the officer who registered the
     * lead, checked by the service).
     */
    SERVICE_ADDRESS(roles(OFFICER, TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.HANDLER_OR_HEAD,
            "POST /api/cases/{id}/service-address"),
    /**
     * 执行 of a fine decision (decision record 0021): payments, the party's deferral/instalment application, the 催告书
     * and its service, the court's acceptance and ruling — the handlers or a head.
     */
    EXECUTION_RECORD(roles(OFFICER, HEAD, PRINCIPAL_HEAD), Relation.HANDLER_OR_HEAD,
            "POST /api/cases/{id}/execution/payments", "POST /api/cases/{id}/execution/deferrals",
            "POST /api/cases/{id}/execution/demand", "POST /api/cases/{id}/execution/demand/service",
            "POST /api/cases/{id}/execution/court/acceptance", "POST /api/cases/{id}/execution/court/ruling"),
    /** 批准延期/分期缴纳 (行政处罚法 Art. 66) and 终结执行 (行政强制法 Art. 40): heads who are not handlers. */
    EXECUTION_APPROVE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER,
            "POST /api/cases/{id}/execution/deferrals/{actId}/decision", "POST /api/cases/{id}/execution/termination"),
    /** 撤销立案 / 终止调查 proposed by a handler on a ground of the fixed list (decision record 0025). */
    CASE_EXIT_PROPOSE(roles(OFFICER), Relation.HANDLER, "POST /api/cases/{id}/exit"),
    /**
     * 撤销立案 / 终止调查 approved or refused, and a decision after the decision period approved with reasons: heads who
     * are not handlers (decision record 0025).
     */
    CASE_EXIT_APPROVE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER,
            "POST /api/cases/{id}/exit/{motionId}/decision", "POST /api/cases/{id}/late-decision"),
    /** 申请人民法院强制执行: signed by the agency's head (行政强制法 Art. 55). */
    EXECUTION_COURT(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/cases/{id}/execution/court"),
    /** 先行登记保存 and its 处理决定: the handlers, with the head's approval (Art. 56). */
    PRESERVATION(roles(OFFICER), Relation.HANDLER, "POST /api/cases/{id}/preservations",
            "POST /api/cases/{id}/preservations/{preservationId}/release",
            "POST /api/cases/{id}/preservations/{preservationId}/decision"),
    /** 先行登记保存 approved or refused in the system by a head who is not a handler (行政处罚法 Art. 56, 0024). */
    PRESERVATION_APPROVE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER,
            "POST /api/cases/{id}/preservations/{preservationId}/approval"),
    /** 查封扣押: decision, one extension, release or handling — by a head who is not a handler (行政强制法, 0024). */
    SEIZURE_DECIDE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER, "POST /api/cases/{id}/seizures",
            "POST /api/cases/{id}/seizures/{seizureId}/extension", "POST /api/cases/{id}/seizures/{seizureId}/outcome"),
    /** 移送 report by the handlers (≥ 2 officers named), the handover and the receiving organ's answer (0028). */
    TRANSFER_HANDLE(roles(OFFICER), Relation.HANDLER, "POST /api/cases/{id}/transfers",
            "POST /api/cases/{id}/transfers/{transferId}/handover", "POST /api/cases/{id}/transfers/{transferId}/receipt"),
    /** 移送 decided by the principal head (正职负责人) who is not a handler (移送规定 Art. 5, 0028). */
    TRANSFER_DECIDE(roles(PRINCIPAL_HEAD), Relation.NOT_HANDLER,
            "POST /api/cases/{id}/transfers/{transferId}/decision"),
    /** 移送有管辖权的行政机关: a head who is not a handler decides; the case ends (0028). */
    TRANSFER_JURISDICTION(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER,
            "POST /api/cases/{id}/transfers/jurisdiction"),

    // ---- evidence ----------------------------------------------------------------------------------------------
    /** 调查取证: only the case's handlers (Art. 42, 55); see decision 0015 for heads and team leaders. */
    EVIDENCE_ADD(roles(OFFICER), Relation.HANDLER, "POST /api/cases/{caseId}/evidence"),
    EVIDENCE_ANNOTATE(roles(OFFICER), Relation.HANDLER, "POST /api/evidence/{id}/annotations"),
    /** 移交: the custodian (a handler) or a head of the unit, to an officer of the unit. */
    EVIDENCE_HAND_OVER(roles(OFFICER, HEAD, PRINCIPAL_HEAD), Relation.CUSTODIAN_OR_HEAD,
            "POST /api/evidence/{id}/hand-over"),
    /** 撤回/作废 a wrong item with a reason: kept in the record and the export, no longer counted by gates. */
    EVIDENCE_WITHDRAW(roles(OFFICER), Relation.HANDLER, "POST /api/evidence/{id}/withdrawal"),

    // ---- legal review --------------------------------------------------------------------------------------------
    REVIEW_CLAIM(roles(LEGAL_REVIEWER), Relation.TASK_CANDIDATE, "POST /api/review/tasks/{taskId}/claim"),
    REVIEW_EXTEND(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER, "POST /api/cases/{id}/review/extension"),
    /** 申请回避: a reviewer for himself, a handler on the party's behalf. */
    RECUSAL_REQUEST(roles(LEGAL_REVIEWER, OFFICER), Relation.SELF_OR_HANDLER, "POST /api/cases/{id}/review/recusals",
            "POST /api/cases/{id}/recusals"),
    /** 回避决定 by the agency head (Art. 43). */
    RECUSAL_DECIDE(roles(HEAD, PRINCIPAL_HEAD), Relation.NOT_HANDLER, "POST /api/review/recusals/{recusalId}/decision",
            "POST /api/cases/{id}/recusals/{motionId}/decision"),
    REVIEW_CATALOGUE_EDIT(roles(ADMIN), Relation.NONE, "POST /api/review/catalogue"),
    REVIEWER_QUALIFICATION_EDIT(roles(ADMIN), Relation.NONE, "PUT /api/review/qualifications/{userId}"),

    // ---- collective deliberation -------------------------------------------------------------------------------
    DELIBERATION_MANAGE(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/deliberations",
            "POST /api/deliberations/{id}/attendance", "POST /api/deliberations/{id}/deputy",
            "POST /api/deliberations/{id}/open-voting", "POST /api/deliberation-items/{itemId}/resolution",
            "POST /api/deliberation-items/{itemId}/no-resolution", "POST /api/deliberations/{id}/confirm"),
    DELIBERATION_VOTE(roles(HEAD, PRINCIPAL_HEAD), Relation.SELF, "POST /api/deliberation-items/{itemId}/vote"),

    // ---- summary procedure ---------------------------------------------------------------------------------------
    SUMMARY_DECIDE(roles(OFFICER), Relation.NONE, "POST /api/summary-cases"),
    SUMMARY_FOLLOW_UP(roles(OFFICER), Relation.HANDLER, "POST /api/summary-cases/{caseId}/hand-in",
            "POST /api/summary-cases/{caseId}/filing", "POST /api/summary-cases/{caseId}/execution-ended"),

    // ---- publication and annual report -------------------------------------------------------------------------
    PUBLICATION_REVIEW(roles(OFFICER, TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE,
            "POST /api/publications/{id}/review", "POST /api/publications/{id}/exclude"),
    PUBLICATION_PUBLISH(roles(TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/publications/{id}/publish"),
    PUBLICATION_HEAD(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/publications/{id}/lift-exclusion",
            "POST /api/publications/{id}/withdraw"),
    ANNUAL_REPORT_DRAFT(roles(TEAM_LEADER, HEAD, PRINCIPAL_HEAD, LEGAL_REVIEWER), Relation.NONE,
            "POST /api/annual-reports"),
    ANNUAL_REPORT_APPROVE(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/annual-reports/{id}/approve",
            "POST /api/annual-reports/{id}/publish"),

    // ---- complaints ------------------------------------------------------------------------------------------------
    COMPLAINT_INTAKE(roles(OFFICER, AUXILIARY, TEAM_LEADER, HEAD, PRINCIPAL_HEAD), Relation.NONE,
            "POST /api/complaints", "POST /api/complaints/{id}/same-matter"),
    /** 分派: the task's candidate group (team leaders). */
    COMPLAINT_ASSIGN(roles(TEAM_LEADER), Relation.TASK_CANDIDATE, "POST /api/complaints/{id}/assign"),
    /** 核查处理 and 答复: the assigned officer. */
    COMPLAINT_HANDLE(roles(OFFICER, TEAM_LEADER), Relation.TASK_CANDIDATE, "POST /api/complaints/{id}/verify",
            "POST /api/complaints/{id}/reply"),
    /** 网上投诉 from the public portal (no login, CSRF-protected). */
    PUBLIC_COMPLAINT(EnumSet.allOf(Role.class), Relation.NONE, Scope.PUBLIC, "POST /public/complaint"),

    // ---- documents (执法文书) ------------------------------------------------------------------------------------
    /** 补正/更正 of a generated document: a new version with the reason; handlers and heads of the case's unit. */
    DOCUMENT_CORRECT(roles(OFFICER, HEAD, PRINCIPAL_HEAD), Relation.HANDLER_OR_HEAD,
            "POST /api/documents/{documentId}/corrections"),
    /**
     * 预览文书 of a step form: the step is run with the form's values and rolled back (nothing stored, no number
     * consumed); whoever may work the task.
     */
    DOCUMENT_PREVIEW(roles(OFFICER, TEAM_LEADER, HEAD, PRINCIPAL_HEAD, LEGAL_REVIEWER), Relation.TASK_CANDIDATE,
            "POST /api/tasks/{taskId}/document-preview"),
    /** The unit's own Word templates: the administrator. */
    DOCUMENT_TEMPLATE(roles(ADMIN), Relation.NONE, Scope.ALL_UNITS, "POST /api/document-templates/{type}"),

    // ---- supervision (执法监督): the supervisors' own work on case files; never a write of a case itself -------------
    /** 评查标准 versions: the administrator. */
    SUPERVISION_RUBRIC(roles(ADMIN), Relation.NONE, Scope.ALL_UNITS, "POST /api/supervision/rubric"),
    /** The full re-audit of every case (a background job); the rebuild of the cockpit's counters. */
    SUPERVISION_AUDIT(roles(SUPERVISOR, ADMIN), Relation.NONE, Scope.SUPERVISION, "POST /api/supervision/audit-all",
            "POST /api/supervision/cockpit/rebuild"),
    /** 评查计划, reviewers, per-unit reports, re-checks of objections, 整改 and 提醒函/督办函: supervisors. */
    SUPERVISION_PLAN(roles(SUPERVISOR), Relation.NONE, Scope.SUPERVISION, "POST /api/supervision/plans",
            "POST /api/supervision/plan-cases/{id}/reviewers", "POST /api/supervision/plans/{id}/reports",
            "POST /api/supervision/objections/{id}/recheck", "POST /api/supervision/rectifications",
            "POST /api/supervision/letters", "POST /api/supervision/letters/{id}/close"),
    /** A reviewer's own score sheet and signature, and his re-check of a rectification. */
    SUPERVISION_SCORE(roles(SUPERVISOR, LEGAL_REVIEWER, HEAD, PRINCIPAL_HEAD, TEAM_LEADER), Relation.SELF,
            Scope.SUPERVISION, "PUT /api/supervision/plan-cases/{id}/score", "POST /api/supervision/plan-cases/{id}/sign",
            "POST /api/supervision/rectifications/{id}/recheck"),
    /** 异议 of the reviewed unit's head and his reply to a supervision letter. */
    SUPERVISION_ANSWER(roles(HEAD, PRINCIPAL_HEAD), Relation.NONE, "POST /api/supervision/reports/{id}/objections",
            "POST /api/supervision/letters/{id}/reply"),
    /** 整改: the unit's team leader or handlers record the fix. */
    SUPERVISION_RECTIFY(roles(TEAM_LEADER, OFFICER), Relation.TASK_CANDIDATE,
            "POST /api/supervision/rectifications/{id}/fix"),

    // ---- personal and administration ---------------------------------------------------------------------------
    /** 常用筛选: a user saves or deletes his own named inbox filters (his task list's settings, no case data). */
    TASK_FILTER_SAVE(EnumSet.allOf(Role.class), Relation.SELF, Scope.PERSONAL, "POST /api/tasks/filters",
            "DELETE /api/tasks/filters/{id}"),
    NOTIFICATION_READ(EnumSet.allOf(Role.class), Relation.SELF, Scope.PERSONAL, "POST /api/notifications/{id}/read"),
    /** Units, users, roles, certificates, items, benchmarks, calendar: the administrator. */
    ADMINISTER(roles(ADMIN), Relation.NONE, Scope.ALL_UNITS, "POST /api/admin/lockouts/unlock");

    /** Which data an action reaches. */
    public enum Scope {
        /** The actor's own unit (every write of a case, complaint, publication or report). */
        OWN_UNIT,
        /** Every unit (administration). */
        ALL_UNITS,
        /** Only the actor's own things (his notifications): open to every role, supervisors included. */
        PERSONAL,
        /** The public portal: no login. */
        PUBLIC,
        /**
         * The supervisors' own work (评查, 整改 requests, letters): the one kind of write a supervisor takes; it never
         * changes a case's enforcement data.
         */
        SUPERVISION
    }

    /** The relation to the object the service checks besides the role (it holds the data to check it). */
    public enum Relation {
        NONE,
        /** A handler (承办人) of the case. */
        HANDLER,
        /** A handler of the case or a head of its unit. */
        HANDLER_OR_HEAD,
        /** The current custodian (a handler) or a head of the unit. */
        CUSTODIAN_OR_HEAD,
        /** Not a handler of the case (approvals and decisions by heads). */
        NOT_HANDLER,
        /** For himself (his vote, his recusal, his notification). */
        SELF,
        /** The reviewer himself or a handler of the case. */
        SELF_OR_HANDLER,
        /** The assignee or, while unassigned, a member of the task's candidate group. */
        TASK_CANDIDATE
    }

    private final Set<Role> roles;
    private final Relation relation;
    private final Scope scope;
    private final List<String> endpoints;

    Action(Set<Role> roles, Relation relation, String... endpoints) {
        this(roles, relation, Scope.OWN_UNIT, endpoints);
    }

    Action(Set<Role> roles, Relation relation, Scope scope, String... endpoints) {
        if (scope != Scope.PERSONAL && scope != Scope.PUBLIC && scope != Scope.SUPERVISION && roles.contains(SUPERVISOR)) {
            throw new IllegalStateException("supervisors are read-only: " + name());
        }
        this.roles = Set.copyOf(roles);
        this.relation = relation;
        this.scope = scope;
        this.endpoints = List.of(endpoints);
    }

    /** The roles that may take this action (subject to {@link #relation()}). */
    public Set<Role> roles() {
        return roles;
    }

    public Relation relation() {
        return relation;
    }

    public Scope scope() {
        return scope;
    }

    /** The REST endpoints ({@code METHOD /path/{var}}) performing this action. */
    public List<String> endpoints() {
        return endpoints;
    }

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }
}
