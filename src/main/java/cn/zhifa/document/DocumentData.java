package cn.zhifa.document;

import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Standing;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.TransactionMemo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The content of a document, taken from the case data at the step that registers it: a flat map of template fields
 * (the placeholders of the Word templates, {@link #FIELDS}). A legally required element the case lacks refuses the
 * step ({@code document.missingElement}, naming the document and the element) — never a blank in the document.
 */
@Component
public class DocumentData {

    /** Every placeholder a template may use, with its element name (zh-CN): {@link DocumentFields#ALL}. */
    public static final Map<String, String> FIELDS = DocumentFields.ALL;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final CaseFileService cases;
    private final OrganizationService organization;
    private final UnitSheets units;
    private final LegalReviewService reviews;
    private final NoticesAndHearings hearings;
    private final DocumentTypeFields typeFields;
    private final Messages messages;
    private final Clock clock;
    private final String reviewBody;
    private final String court;

    DocumentData(CaseFileService cases, OrganizationService organization, UnitSheets units,
            LegalReviewService reviews, NoticesAndHearings hearings, DocumentTypeFields typeFields, Messages messages,
            Clock clock,
            @Value("${zhifa.documents.review-body:北京市朝阳区人民政府}") String reviewBody,
            @Value("${zhifa.documents.court:北京市朝阳区人民法院}") String court) {
        this.cases = cases;
        this.organization = organization;
        this.units = units;
        this.reviews = reviews;
        this.hearings = hearings;
        this.typeFields = typeFields;
        this.messages = messages;
        this.clock = clock;
        this.reviewBody = reviewBody;
        this.court = court;
    }

    /** The system reading a case for its documents: sees the case whatever the unit, acts for nobody. */
    static Actor system(long unitId) {
        return new Actor(0L, "system", "系统", unitId, Set.of(Role.SUPERVISOR));
    }

    /** The unit a case belongs to. */
    long unitOf(long caseId) {
        return cases.unitOf(caseId);
    }

    /**
     * The fields of {@code type} for the registered document, checked: refuses with {@code document.missingElement}
     * when a required element is missing.
     */
    public Map<String, String> build(DocumentType type, long caseId, long documentId, String title, String docNo) {
        return build(type, caseId, documentId, title, docNo, true);
    }

    /** As {@link #build(DocumentType, long, long, String, String)}; {@code check} false for a preview. */
    Map<String, String> build(DocumentType type, long caseId, long documentId, String title, String docNo,
            boolean check) {
        return build(type, read(caseId), null, documentId, title, docNo, check);
    }

    /**
     * As {@link #build(DocumentType, long, long, String, String)} just before the step's commit, when every write of
     * the step is made: the case's sources are read once per transaction however many documents the step produces
     * (the document, its 送达回证, a correction order). Only for that phase — nothing writes the case after it. Only
     * the fields the template states ({@code stated}) and those the law requires of {@code type} are filled: the
     * others stay empty and their sources unread.
     */
    Map<String, String> buildAtCommit(DocumentType type, long caseId, Set<String> stated, long documentId,
            String title, String docNo) {
        return build(type, atCommit(caseId), stated, documentId, title, docNo, true);
    }

    /** The case as this transaction's commit sees it, from {@link #buildAtCommit}'s cache. */
    CaseFile caseAtCommit(long caseId) {
        return atCommit(caseId).caseFile();
    }

    /**
     * What the documents of a case are filled from: the case view at once, every other source on its first use, so
     * that a document reads only what its template and its required elements state (a 送达回证 reads no legal
     * review, a 责令改正通知书 no hearing). Kept per transaction at commit ({@link #atCommit}).
     */
    private final class Sources {
        private final CaseFileView view;
        private Unit unit;
        private ViolationItem item;
        private Map<Long, Standing> standings;
        private String handlers;
        private java.util.Optional<ReviewViews.Notice> notice;
        private java.util.Optional<ReviewViews.Hearing> hearing;
        private String legalReview;

        Sources(CaseFileView view) {
            this.view = view;
        }

        CaseFile caseFile() {
            return view.caseFile();
        }

        Unit unit() {
            if (unit == null) {
                unit = units.of(caseFile().unitId()).unit();
            }
            return unit;
        }

        ViolationItem item() {
            if (item == null && caseFile().itemId() != null) {
                item = organization.item(caseFile().itemId());
            }
            return item;
        }

        /**
         * The handlers', the registering officer's and the deciding head's accounts with their certificates: one read
         * for the names and the handlers' 执法证号 of every document of the transaction.
         */
        private Map<Long, Standing> standings() {
            if (standings == null) {
                CaseFile c = caseFile();
                Set<Long> ids = new java.util.TreeSet<>();
                view.handlers().forEach(h -> ids.add(h.userId()));
                ids.add(c.registeredBy());
                if (c.decidedBy() != null) {
                    ids.add(c.decidedBy());
                }
                standings = organization.standingsOf(ids);
            }
            return standings;
        }

        String name(Long userId) {
            if (userId == null) {
                return null;
            }
            Standing s = standings().get(userId);
            return s == null ? null : s.account().displayName();
        }

        String handlers() {
            if (handlers == null) {
                handlers = DocumentData.handlers(view.handlers(), standings(), LocalDate.now(clock));
            }
            return handlers;
        }

        ReviewViews.Notice notice() {
            if (notice == null) {
                notice = hearings.latestNotice(caseFile().id());
            }
            return notice.orElse(null);
        }

        ReviewViews.Hearing hearing() {
            if (hearing == null) {
                hearing = hearings.latestHearing(caseFile().id());
            }
            return hearing.orElse(null);
        }

        String legalReview() {
            if (legalReview == null) {
                legalReview = reviews.rounds(caseFile().id()).stream()
                        .map(r -> "第" + r.roundNo() + "轮（" + r.reviewerName() + "）：" + label("review.outcome." + r.outcome())
                                + "。" + nullToEmpty(r.opinion()))
                        .collect(Collectors.joining("\n"));
            }
            return legalReview;
        }
    }

    private Sources read(long caseId) {
        return new Sources(cases.documentView(system(0), caseId, false));
    }

    private Sources atCommit(long caseId) {
        return TransactionMemo.get(this, caseId, this::read);
    }

    /** {@code stated} null: every field (a correction keeps them all, a test reads them). */
    private Map<String, String> build(DocumentType type, Sources src, Set<String> stated, long documentId,
            String title, String docNo, boolean check) {
        CaseFileView v = src.view;
        CaseFile c = v.caseFile();
        Set<String> need = stated == null ? FIELDS.keySet() : DocumentFields.needed(type, c, stated);
        Unit unit = src.unit();
        ViolationItem item = any(need, "itemName", "violationBasis", "penaltyBasis") ? src.item() : null;
        Map<String, String> m = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        m.put("unitName", unit.name());
        m.put("unitAddress", unit.address());
        m.put("unitPhone", unit.phone());
        m.put("title", title == null ? type.title() : title);
        m.put("docNo", docNo);
        m.put("caseNo", c.caseNo());
        m.put("docDate", day(today));
        Party party = v.parties().isEmpty() ? null : v.parties().get(0);
        if (party != null) {
            m.put("partyName", party.name());
            m.put("partyKind", party.kind() == PartyKind.ORGANIZATION ? "单位" : "个人");
            m.put("partyIdNo", party.idNo());
            m.put("partyAddress", party.address());
            m.put("partyPhone", party.phone());
        }
        m.put("partiesText", v.parties().stream().map(DocumentData::describe).collect(Collectors.joining("\n")));
        m.put("leadSource", c.leadSource() == null ? null : label("ui.source." + c.leadSource().name()));
        m.put("leadSummary", c.leadSummary());
        m.put("location", c.location());
        m.put("actDate", day(c.actDate()));
        m.put("discoveredDate", day(c.discoveredDate()));
        m.put("filedDate", day(c.filedDate()));
        m.put("registeredBy", need.contains("registeredBy") ? src.name(c.registeredBy()) : null);
        m.put("handlers", need.contains("handlers") ? src.handlers() : null);
        if (item != null) {
            m.put("itemName", item.name());
            m.put("violationBasis", item.violationBasis());
            m.put("penaltyBasis", item.penaltyBasis());
        }
        m.put("facts", c.facts());
        m.put("evidence", evidence(v.documents()));
        m.put("proposal", penalty(c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation()));
        m.put("discretion", c.discretionReason());
        m.put("correctionOrder", c.correctionOrder());
        m.put("submitTo", join(unit.name(), unit.address(), unit.phone() == null ? null : "电话 " + unit.phone()));
        m.put("statementRight", "根据《中华人民共和国行政处罚法》第七条、第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。"
                + "如有陈述、申辩意见，请于收到本告知书之日起五个工作日内向本机关提出；逾期未提出的，视为放弃上述权利。");
        m.put("statement", statement(c));
        m.put("reviewOpinion", c.reviewOpinion());
        m.put("resolution", c.deliberationResolution());
        m.put("decidedDate", day(c.decidedDate()));
        m.put("approver", need.contains("approver") ? src.name(c.decidedBy()) : null);
        m.put("officers", v.handlers().stream().map(Handler::name).collect(Collectors.joining("、")));
        m.put("remedy", remedy());
        ReviewViews.Notice notice = any(need, "noticeDate", "proposal", "hearingRight") ? src.notice() : null;
        if (notice != null) {
            m.put("noticeDate", day(notice.servedDate()));
            m.put("proposal", penalty(notice.proposedOutcome(), notice.fine(), notice.confiscation()));
            m.put("hearingRight", notice.hearingEligible()
                    ? "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。"
                            + "如要求听证，请于收到本告知书之日起五个工作日内向本机关提出；逾期未提出的，视为放弃听证权利。"
                    : "");
        }
        ReviewViews.Hearing hearing = type == DocumentType.HEARING_REPORT || any(need, "hearing", "place", "time")
                ? src.hearing() : null;
        if (hearing != null) {
            m.put("hearing", join("听证日期：" + day(hearing.hearingDate()), "地点：" + hearing.place(),
                    "主持人：" + hearing.presidingName(), hearing.transcript()));
            m.put("place", hearing.place());
            m.put("time", day(hearing.hearingDate()));
        }
        m.put("legalReview", need.contains("legalReview") ? src.legalReview() : null);
        if (c.decidedOutcome() != null) {
            m.put("penalty", penalty(c.decidedOutcome(), c.decidedFine(), c.decidedConfiscation()));
            if (c.decidedFine() != null && c.decidedFine().signum() > 0) {
                m.put("amount", ChineseAmount.of(c.decidedFine()));
                m.put("performance", "当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行或者通过电子支付系统缴纳罚款"
                        + "（" + ChineseAmount.of(c.decidedFine()) + "）。");
                m.put("surcharge", "根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项和《中华人民共和国行政强制法》第四十五条的规定，"
                        + "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。");
            } else if (c.decidedOutcome().isPenalty()) {
                m.put("performance", "本决定书自送达之日起生效，当事人应当自觉履行。");
                m.put("surcharge", "本决定不涉及罚款，不适用加处罚款。");
            }
        }
        typeFields.fill(type, v, hearing, unit, documentId, title, m);
        m.replaceAll((k, val) -> val == null ? null : DocumentText.clean(val));
        if (check) {
            DocumentFields.require(type, c, m);
        }
        Map<String, String> out = new LinkedHashMap<>();
        FIELDS.keySet().forEach(k -> out.put(k, m.get(k) == null ? "" : m.get(k)));
        return out;
    }

    private static boolean any(Set<String> need, String... fields) {
        for (String f : fields) {
            if (need.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private String penalty(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation) {
        if (outcome == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(label("ui.outcome." + outcome.name()));
        if (fine != null && fine.signum() > 0) {
            sb.append(ChineseAmount.of(fine));
        }
        if (confiscation != null && confiscation.signum() > 0) {
            sb.append(fine != null && fine.signum() > 0 ? "；没收违法所得" : "").append(ChineseAmount.of(confiscation));
        }
        return sb.toString();
    }

    private String remedy() {
        return "如不服本决定，可以在收到本决定书之日起六十日内向" + reviewBody + "申请行政复议，或者在六个月内依法向" + court
                + "提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。";
    }

    /** The handlers' names, each with the 执法证号 of a certificate valid on {@code day}. */
    private static String handlers(List<Handler> handlers, Map<Long, Standing> standings, LocalDate day) {
        return handlers.stream().map(h -> {
            Standing s = standings.get(h.userId());
            String cert = s == null ? null : s.certificates().stream().filter(x -> x.isValidOn(day))
                    .min(java.util.Comparator.comparingLong(Certificate::id)).map(Certificate::certNo)
                    .orElse(null);
            return h.name() + (cert == null ? "" : "（执法证号 " + cert + "）");
        }).collect(Collectors.joining("、"));
    }

    private static String evidence(List<CaseDocument> docs) {
        return docs.stream().filter(d -> Set.of("INVESTIGATION_RECORD", "INTERVIEW_RECORD", "PHOTO_EVIDENCE", "OTHER")
                .contains(d.docType())).map(CaseDocument::title).distinct().collect(Collectors.joining("、"));
    }

    private static String statement(CaseFile c) {
        if (Boolean.TRUE.equals(c.statementWaived())) {
            return "当事人在规定期限内放弃陈述、申辩";
        }
        return c.statementSummary();
    }

    private static String describe(Party p) {
        return join(p.name(), p.idNo() == null ? null : "证件号码 " + p.idNo(),
                p.address() == null ? null : "住址 " + p.address(), p.phone() == null ? null : "电话 " + p.phone());
    }

    private String label(String key) {
        return messages.get(key, Messages.ZH_CN);
    }

    static String day(LocalDate d) {
        return d == null ? null : d.format(DAY);
    }

    static String time(LocalDateTime t) {
        return t == null ? null : t.format(MINUTE);
    }

    static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining("，"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
