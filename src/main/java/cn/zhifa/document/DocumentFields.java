package cn.zhifa.document;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.shared.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every placeholder a Word template may use ({@code {{name}}}), with its element name (zh-CN) for refusals
 * ({@code document.missingElement}) and the template admin's list; and the elements each kind must state.
 */
final class DocumentFields {

    static final Map<String, String> ALL;

    private DocumentFields() {
    }

    static {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitName", "执法机关名称");
        f.put("unitAddress", "执法机关地址");
        f.put("unitPhone", "执法机关电话");
        f.put("title", "文书名称");
        f.put("docNo", "文书号");
        f.put("caseNo", "案件编号");
        f.put("docDate", "文书日期");
        f.put("partyName", "当事人姓名或名称");
        f.put("partyKind", "当事人类型");
        f.put("partyIdNo", "当事人身份证件号码或统一社会信用代码");
        f.put("partyAddress", "当事人住址或地址");
        f.put("partyPhone", "当事人联系电话");
        f.put("partiesText", "当事人基本情况");
        f.put("leadSource", "案件来源");
        f.put("leadSummary", "案由及线索摘要");
        f.put("location", "违法地点");
        f.put("actDate", "违法行为发生日期");
        f.put("discoveredDate", "发现日期");
        f.put("filedDate", "立案日期");
        f.put("registeredBy", "登记人");
        f.put("handlers", "承办人及执法证号");
        f.put("itemName", "违法行为（执法事项）");
        f.put("violationBasis", "违反的法律规定");
        f.put("penaltyBasis", "处罚依据");
        f.put("facts", "违法事实");
        f.put("evidence", "证据");
        f.put("proposal", "拟处理意见");
        f.put("discretion", "裁量基准适用及理由");
        f.put("correctionOrder", "责令改正内容");
        f.put("statementRight", "陈述申辩权利及期限");
        f.put("hearingRight", "听证权利及期限");
        f.put("submitTo", "陈述申辩提交地址");
        f.put("noticeDate", "告知日期");
        f.put("statement", "当事人陈述申辩情况");
        f.put("reviewOpinion", "复核意见");
        f.put("legalReview", "法制审核意见");
        f.put("hearing", "听证情况");
        f.put("minutes", "集体讨论记录");
        f.put("resolution", "集体讨论决定");
        f.put("penalty", "处罚种类和金额");
        f.put("amount", "金额（大写和小写）");
        f.put("performance", "履行方式和期限");
        f.put("surcharge", "加处罚款标准");
        f.put("remedy", "救济途径和期限");
        f.put("decidedDate", "决定日期");
        f.put("approver", "审批负责人");
        f.put("approvalOpinion", "审批意见");
        f.put("servedDocument", "送达文书名称及文书号");
        f.put("recipient", "受送达人");
        f.put("servicePlace", "送达地点");
        f.put("serviceMethod", "送达方式");
        f.put("serviceTime", "送达时间");
        f.put("servers", "送达人");
        f.put("closingReason", "结案理由");
        f.put("performanceSummary", "执行情况");
        f.put("place", "地点");
        f.put("time", "时间");
        f.put("preservation", "先行登记保存物品清单");
        f.put("preservationReason", "先行登记保存理由");
        f.put("approvalDate", "审批日期");
        // 听证报告 (行政处罚法 Art. 64)
        f.put("presider", "听证主持人");
        f.put("hearingAttendance", "听证参加人员");
        f.put("agents", "委托代理人");
        f.put("disputedPoints", "争议焦点");
        f.put("presiderOpinion", "主持人意见及处理建议");
        f.put("dissent", "不同意见");
        f.put("officers", "执法人员签名");
        f.put("partySignature", "当事人签名或拒签情况");
        // 催告书 (行政强制法 Art. 35)
        f.put("decisionRef", "催告履行的行政决定");
        f.put("demandAmount", "催告金额（罚款及加处罚款）");
        f.put("demandDeadline", "履行期限");
        f.put("paymentMethod", "履行方式和给付方式");
        // 强制执行申请书 (行政强制法 Art. 55)
        f.put("enforcementCourt", "申请强制执行的人民法院");
        f.put("demandRecord", "催告情况");
        // 投诉举报答复告知书 (the complaint reply)
        f.put("complaintNo", "投诉举报编号");
        f.put("complainant", "投诉举报人");
        f.put("receivedDate", "受理日期");
        f.put("complaintContent", "投诉举报内容");
        f.put("verification", "核查处理结果");
        f.put("reply", "答复内容");
        f.put("replyMethod", "答复方式");
        ALL = java.util.Collections.unmodifiableMap(f);
    }

    /**
     * The elements each document must state (行政处罚法 Art. 44, 52, 56, 57, 59, 64; 行政强制法 Art. 45).
     */
    static void require(DocumentType type, CaseFile c, Map<String, String> m) {
        for (String k : required(type, c)) {
            String val = m.get(k);
            if (val == null || val.isBlank()) {
                throw DomainException.invalid("document.missingElement", type.title(), ALL.get(k));
            }
        }
    }

    /** The fields a document of {@code type} fills: those its template states and those the law requires of it. */
    static Set<String> needed(DocumentType type, CaseFile c, Set<String> stated) {
        Set<String> need = new HashSet<>(stated);
        need.addAll(required(type, c));
        return need;
    }

    private static List<String> required(DocumentType type, CaseFile c) {
        List<String> need = new ArrayList<>(List.of("unitName"));
        switch (type) {
            case ADVANCE_NOTICE -> need.addAll(List.of("partyName", "facts", "violationBasis", "penaltyBasis",
                    "proposal", "noticeDate"));
            case DECISION -> {
                need.addAll(List.of("partyName", "facts", "decidedDate"));
                if (c.decidedOutcome() != null && c.decidedOutcome().isPenalty()) {
                    need.addAll(List.of("partyAddress", "violationBasis", "penaltyBasis", "penalty", "performance"));
                }
            }
            case DEMAND_NOTICE -> need.addAll(List.of("partyName", "decisionRef", "demandAmount", "demandDeadline",
                    "paymentMethod", "statementRight"));
            case ENFORCEMENT_APPLICATION -> need.addAll(List.of("enforcementCourt", "partyName", "decisionRef", "facts",
                    "penaltyBasis", "demandRecord", "demandAmount", "approver"));
            case SUMMARY_DECISION -> need.addAll(List.of("partyName", "facts", "penaltyBasis", "penalty", "place",
                    "time", "officers"));
            case SERVICE_RECEIPT -> need.addAll(List.of("recipient", "servedDocument"));
            case CORRECTION_ORDER -> need.addAll(List.of("partyName", "facts", "violationBasis", "correctionOrder"));
            case PRESERVATION_APPROVAL_FORM -> need.addAll(List.of("preservation", "preservationReason",
                    "approvalOpinion", "approver", "approvalDate"));
            case HEARING_REPORT -> need.addAll(List.of("partyName", "time", "place", "presider", "statement",
                    "disputedPoints", "presiderOpinion"));
            case DECISION_APPROVAL_FORM -> need.addAll(List.of("partyName", "facts", "proposal", "penalty",
                    "approvalOpinion", "approver", "approvalDate"));
            default -> {
            }
        }
        return need;
    }
}
