package cn.zhifa.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The shipped default Word templates (version 0), after the published template sets (住建部令55 model texts, 河南/陕西
 * 住建 lists; enforcement-law.md §5): built here with Apache POI so each is reviewable as text; an admin downloads one
 * as a .docx, edits it in Word and uploads the unit's own version. Placeholders are poi-tl text tags
 * ({@code {{partyName}}}), all from {@link DocumentData#FIELDS}.
 */
final class DefaultTemplates {

    private DefaultTemplates() {
    }

    /** A line of the template: a paragraph (optionally indented) or a two-column form row. */
    private record Line(String label, String text, boolean indent) {
    }

    private static Line p(String text) {
        return new Line(null, text, true);
    }

    private static Line row(String label, String text) {
        return new Line(label, text, false);
    }

    private static final Line SEAL = new Line(null, "{{unitName}}（印章）\n{{docDate}}", false);

    /** The approving head on an approval form: the name recorded, a space to sign, the date of the approval. */
    private static final String APPROVED_BY = "审批负责人：{{approver}}    签名：            日期：{{approvalDate}}";

    static List<Line> body(DocumentType type) {
        return switch (type) {
            case LEAD_REGISTRATION -> List.of(row("案件来源", "{{leadSource}}"), row("案由及线索", "{{leadSummary}}"),
                    row("发现地点", "{{location}}"), row("发现日期", "{{discoveredDate}}"),
                    row("当事人", "{{partiesText}}"), row("登记人", "{{registeredBy}}"),
                    row("核查意见", "（核查人签名）          年  月  日"));
            case FILING_APPROVAL_FORM, NOT_FILED_DECISION -> List.of(row("案件编号", "{{caseNo}}"),
                    row("当事人基本情况", "{{partiesText}}"), row("案件来源", "{{leadSource}}"),
                    row("案情摘要", "{{leadSummary}}"), row("违法行为", "{{itemName}}"),
                    row("可能违反的规定", "{{violationBasis}}"), row("承办人", "{{handlers}}"),
                    row("负责人审批意见", "{{approvalOpinion}}\n签名：          日期：{{docDate}}"));
            case INVESTIGATION_RECORD -> List.of(row("检查时间", "{{docDate}}"), row("检查地点", "{{location}}"),
                    row("执法人员", "{{handlers}}"), row("当事人", "{{partiesText}}"),
                    row("检查情况", "执法人员已出示执法证件，告知当事人有申请回避的权利。\n{{facts}}"),
                    row("签名", "执法人员：          当事人：          见证人："));
            case INTERVIEW_RECORD -> List.of(row("询问时间", "{{docDate}}"), row("询问地点", "{{location}}"),
                    row("询问人", "{{handlers}}"), row("被询问人", "{{partiesText}}"),
                    row("告知事项", "我们是{{unitName}}的执法人员，已向你出示执法证件。你有申请回避的权利，应当如实回答询问。"),
                    row("询问内容", "{{facts}}"), row("被询问人确认", "以上笔录我已看过，与我说的相符。签名：          年  月  日"));
            case CORRECTION_ORDER -> List.of(p("{{partyName}}："),
                    p("经查，你（单位）{{facts}}。上述行为违反了{{violationBasis}}的规定。"),
                    p("根据《中华人民共和国行政处罚法》第二十八条及{{penaltyBasis}}的规定，现责令你（单位）{{correctionOrder}}。"),
                    p("逾期不改正的，本机关将依法处理。"), SEAL);
            case PRESERVATION_APPROVAL_FORM -> List.of(row("当事人", "{{partiesText}}"), row("案由", "{{itemName}}"),
                    row("承办人", "{{handlers}}"), row("拟先行登记保存的证据", "{{preservation}}"),
                    row("理由及依据", "{{preservationReason}}\n依据：《中华人民共和国行政处罚法》第五十六条"),
                    row("负责人审批意见", "{{approvalOpinion}}\n" + APPROVED_BY));
            case PRESERVATION_NOTICE, PRESERVATION_DECISION -> List.of(p("{{partyName}}："),
                    p("根据《中华人民共和国行政处罚法》第五十六条的规定，本机关对你（单位）的下列物品依法先行登记保存或者作出处理决定："),
                    row("清单", "{{preservation}}"), p("执法人员：{{officers}}"), SEAL);
            case INVESTIGATION_REPORT -> List.of(row("当事人基本情况", "{{partiesText}}"),
                    row("案件来源及经过", "{{leadSource}}，{{discoveredDate}}发现；{{filedDate}}立案。承办人：{{handlers}}"),
                    row("违法事实及证据", "{{facts}}\n证据：{{evidence}}"), row("违反的规定", "{{violationBasis}}"),
                    row("处罚依据", "{{penaltyBasis}}"), row("处理意见", "{{proposal}}"),
                    row("裁量基准适用及理由", "{{discretion}}"), row("承办人签名", "          年  月  日"));
            case CASE_REVIEW_FORM -> List.of(row("案件编号", "{{caseNo}}"), row("当事人", "{{partyName}}"),
                    row("违法事实", "{{facts}}"), row("拟处理意见", "{{proposal}}"), row("审核意见", "{{reviewOpinion}}"));
            case LEGAL_REVIEW_OPINION -> List.of(row("案件编号", "{{caseNo}}"), row("当事人", "{{partyName}}"),
                    row("违法事实", "{{facts}}"), row("拟处理意见", "{{proposal}}"),
                    row("法制审核意见", "{{legalReview}}"), row("审核人员签名", "          年  月  日"));
            case ADVANCE_NOTICE -> List.of(p("{{partyName}}（地址：{{partyAddress}}）："),
                    p("经查，你（单位）{{facts}}。以上事实有{{evidence}}等证据证实。"),
                    p("你（单位）的上述行为违反了{{violationBasis}}的规定。依据{{penaltyBasis}}的规定，"
                            + "结合裁量基准（{{discretion}}），本机关拟对你（单位）作出如下行政处罚：{{proposal}}。"),
                    p("{{statementRight}}"), p("{{hearingRight}}"), p("联系地址：{{submitTo}}"),
                    p("告知日期：{{noticeDate}}"), SEAL);
            case HEARING_REQUEST -> List.of(row("申请人", "{{partiesText}}"), row("申请事项", "要求举行听证"),
                    row("申请日期", "{{docDate}}"));
            case HEARING_NOTICE -> List.of(p("{{partyName}}："),
                    p("根据你（单位）的申请，本机关定于{{time}}在{{place}}举行听证。听证情况：{{hearing}}。"),
                    p("你（单位）有权申请听证主持人回避，可以委托一至二人代理参加听证，并可携带证据、通知证人到场。"), SEAL);
            case HEARING_TRANSCRIPT, HEARING_TERMINATION -> List.of(row("案件编号", "{{caseNo}}"),
                    row("当事人", "{{partiesText}}"), row("听证情况", "{{hearing}}"),
                    row("签名", "当事人：          主持人：          记录人："));
            case HEARING_REPORT -> List.of(row("案由", "{{itemName}}"), row("当事人", "{{partiesText}}"),
                    row("听证时间", "{{time}}"), row("听证地点", "{{place}}"), row("听证主持人", "{{presider}}"),
                    row("听证参加人员", "{{hearingAttendance}}"), row("委托代理人", "{{agents}}"),
                    row("调查人员及拟处理意见", "{{handlers}}\n拟处理意见：{{proposal}}"),
                    row("争议焦点", "{{disputedPoints}}"), row("当事人陈述、申辩和质证意见", "{{statement}}"),
                    row("主持人意见及处理建议", "{{presiderOpinion}}"), row("听证人员不同意见", "{{dissent}}"),
                    row("主持人签名", "          年  月  日"));
            case STATEMENT_WAIVER, STATEMENT_RECORD, STATEMENT_REVIEW -> List.of(row("案件编号", "{{caseNo}}"),
                    row("当事人", "{{partiesText}}"), row("陈述申辩情况", "{{statement}}"),
                    row("复核意见", "{{reviewOpinion}}"), row("签名", "          年  月  日"));
            case DELIBERATION_MINUTES -> List.of(row("案件编号", "{{caseNo}}"), row("当事人", "{{partyName}}"),
                    row("讨论记录", "{{minutes}}"), row("结论性意见", "{{resolution}}"),
                    row("参加人员签名", "          年  月  日"));
            case DECISION_APPROVAL_FORM -> List.of(row("当事人基本情况", "{{partiesText}}"),
                    row("案由", "{{itemName}}"), row("违法事实及证据", "{{facts}}\n证据：{{evidence}}"),
                    row("违反的规定", "{{violationBasis}}"), row("处罚依据", "{{penaltyBasis}}"),
                    row("拟处理意见", "{{proposal}}\n裁量基准适用及理由：{{discretion}}"),
                    row("陈述申辩及复核", "{{statement}}\n复核意见：{{reviewOpinion}}"),
                    row("法制审核意见", "{{legalReview}}"), row("集体讨论决定", "{{resolution}}"),
                    row("承办人", "{{handlers}}"), row("负责人审批意见", "{{approvalOpinion}}\n" + APPROVED_BY));
            case DECISION -> List.of(p("当事人：{{partyName}}"), p("身份证件号码/统一社会信用代码：{{partyIdNo}}"),
                    p("住址（地址）：{{partyAddress}}"),
                    p("当事人{{partyName}}{{itemName}}一案，本机关于{{filedDate}}立案调查，现已调查终结。"),
                    p("经查明：{{facts}}"), p("以上事实有{{evidence}}等证据证实。"),
                    p("本机关于{{noticeDate}}向当事人送达了行政处罚事先告知书，告知其拟作出的行政处罚内容及事实、理由、依据，"
                            + "并告知其依法享有的陈述、申辩权利。{{statement}}"),
                    p("本机关认为，当事人的上述行为违反了{{violationBasis}}的规定。依据{{penaltyBasis}}的规定，"
                            + "结合裁量基准（{{discretion}}），决定如下：{{penalty}}。"),
                    p("履行方式和期限：{{performance}}"), p("{{surcharge}}"), p("{{remedy}}"), SEAL);
            case SERVICE_RECEIPT -> List.of(row("送达文书名称及文号", "{{servedDocument}}"),
                    row("受送达人", "{{recipient}}"), row("送达地点", "{{servicePlace}}"),
                    row("送达方式", "{{serviceMethod}}"), row("送达时间", "{{serviceTime}}"),
                    row("受送达人签名或拒收情况", "{{partySignature}}"), row("送达人", "{{servers}}"),
                    row("见证人", "（拒收时签名）"), row("备注", ""));
            case CLOSING_APPROVAL_FORM -> List.of(row("案件编号", "{{caseNo}}"), row("当事人", "{{partyName}}"),
                    row("处理决定", "{{penalty}}（{{docNo}}）"), row("结案理由", "{{closingReason}}"),
                    row("执行情况", "{{performanceSummary}}"), row("承办人", "{{handlers}}"),
                    row("负责人审批意见", "{{approvalOpinion}}\n签名：          日期：{{docDate}}"));
            case SUMMARY_DECISION -> List.of(p("当事人：{{partyName}}（{{partyKind}}）  证件号码：{{partyIdNo}}"),
                    p("违法事实：{{facts}}"), p("违法时间：{{time}}    违法地点：{{place}}"),
                    p("以上行为违反了{{violationBasis}}的规定，依据{{penaltyBasis}}的规定，当场作出如下行政处罚：{{penalty}}。"),
                    p("当事人陈述申辩：{{statement}}"), p("履行方式和期限：{{performance}}"), p("{{surcharge}}"),
                    p("{{remedy}}"), p("执法人员（签名）：{{officers}}"), p("当事人签收：{{partySignature}}"), SEAL);
            case DEMAND_NOTICE -> List.of(p("{{partyName}}（地址：{{partyAddress}}）："),
                    p("本机关作出的{{decisionRef}}已依法送达。你（单位）未在规定期限内履行缴纳罚款的义务。"),
                    p("根据《中华人民共和国行政强制法》第三十五条、第四十五条、第五十四条的规定，现催告你（单位）履行下列义务："),
                    row("应缴金额", "{{demandAmount}}"), row("履行期限", "{{demandDeadline}}"),
                    row("履行方式", "{{paymentMethod}}"), p("{{statementRight}}"),
                    p("逾期仍不履行的，本机关将依法申请人民法院强制执行。"), SEAL);
            case ENFORCEMENT_APPLICATION -> List.of(p("{{enforcementCourt}}："), row("申请人", "{{unitName}}，地址：{{unitAddress}}"),
                    row("被申请人", "{{partiesText}}"),
                    row("申请事项", "请求依法强制执行本机关作出的{{decisionRef}}：{{demandAmount}}"),
                    row("事实、理由和依据", "{{facts}}\n违反：{{violationBasis}}\n处罚依据：{{penaltyBasis}}"),
                    row("当事人的意见", "{{statement}}"), row("催告情况", "{{demandRecord}}"),
                    p("当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定，经催告仍未履行。根据《中华人民共和国行政强制法》"
                            + "第五十三条、第五十五条的规定，特申请强制执行。"),
                    p("行政机关负责人（签名）：{{approver}}"), SEAL);
            case COMPLAINT_REPLY -> List.of(p("{{complainant}}："),
                    p("你于{{receivedDate}}向本机关反映的问题（编号{{complaintNo}}）已收悉。反映内容：{{complaintContent}}"),
                    p("经本机关核查，处理结果如下：{{verification}}。"), p("答复意见：{{reply}}"),
                    p("答复方式：{{replyMethod}}"),
                    p("如对上述处理结果有异议，可以向本机关或者上级主管部门反映。感谢你对城市管理工作的关心和支持。"), SEAL);
        };
    }

    /** The default template of {@code type} as a .docx. */
    static byte[] build(DocumentType type) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, "{{unitName}}", 16, true, ParagraphAlignment.CENTER, false);
            para(doc, "{{title}}", 20, true, ParagraphAlignment.CENTER, false);
            if (type.numberWord() != null || type == DocumentType.SUMMARY_DECISION
                    || type == DocumentType.DEMAND_NOTICE || type == DocumentType.ENFORCEMENT_APPLICATION) {
                // the last three: the step's own number
                para(doc, "{{docNo}}", 12, false, ParagraphAlignment.CENTER, false);
            } else if (type == DocumentType.COMPLAINT_REPLY) {
                para(doc, "投诉举报编号：{{complaintNo}}", 12, false, ParagraphAlignment.RIGHT, false);
            } else {
                para(doc, "案件编号：{{caseNo}}", 12, false, ParagraphAlignment.RIGHT, false);
            }
            List<Line> rows = new ArrayList<>();
            for (Line l : body(type)) {
                if (l.label() != null) {
                    rows.add(l);
                    continue;
                }
                flushRows(doc, rows);
                if (l == SEAL) {
                    para(doc, "", 12, false, ParagraphAlignment.RIGHT, false);
                    for (String s : l.text().split("\n")) {
                        para(doc, s, 12, false, ParagraphAlignment.RIGHT, false);
                    }
                } else {
                    para(doc, l.text(), 12, false, ParagraphAlignment.LEFT, l.indent());
                }
            }
            flushRows(doc, rows);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flushRows(XWPFDocument doc, List<Line> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable t = doc.createTable(rows.size(), 2);
        t.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            cell(t.getRow(i).getCell(0).getParagraphs().get(0), rows.get(i).label(), true);
            cell(t.getRow(i).getCell(1).getParagraphs().get(0), rows.get(i).text(), false);
            t.getRow(i).getCell(0).setWidth("25%");
            t.getRow(i).getCell(1).setWidth("75%");
        }
        rows.clear();
        doc.createParagraph();
    }

    private static void cell(XWPFParagraph p, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            r.setFontFamily("宋体");
            r.setFontSize(11);
            r.setBold(bold);
            r.setText(lines[i]);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static void para(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align,
            boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indent) {
            p.setIndentationFirstLine(size * 20 * 2);
        }
        XWPFRun r = p.createRun();
        r.setFontFamily("宋体");
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}
