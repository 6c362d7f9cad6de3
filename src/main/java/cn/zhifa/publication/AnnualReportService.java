package cn.zhifa.publication;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.publication.internal.AnnualReportRow;
import cn.zhifa.publication.internal.CountRow;
import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual statistics (国办发〔2018〕118号 §二(六)): drafted from the case data (any time in or after the year; redrafted
 * while a draft), approved by a head, published by 31 January of the next year; CSV and JSON for download.
 */
@Service
public class AnnualReportService {

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String PUBLISHED = "PUBLISHED";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PublicationMapper mapper;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;

    public AnnualReportService(PublicationMapper mapper, OrganizationService organization, Messages messages,
            Clock clock) {
        this.mapper = mapper;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** The due date of a year's report: 31 January of the next year. */
    public static LocalDate dueDate(int year) {
        return LocalDate.of(year + 1, Month.JANUARY, 31);
    }

    @RequiresPermission(Action.ANNUAL_REPORT_DRAFT)
    @Transactional
    public AnnualReport draft(Actor actor, int year) {
        if (!(actor.isHead() || actor.has(cn.zhifa.organization.Role.TEAM_LEADER)
                || actor.has(cn.zhifa.organization.Role.LEGAL_REVIEWER))) {
            throw DomainException.forbidden("publication.notAllowed");
        }
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw DomainException.invalid("report.badYear", year);
        }
        AnnualReportRow row = draftFor(actor.unitId(), year, actor.userId());
        return toReport(mapper.findReport(row.id));
    }

    /**
     * The January draft (国办发〔2018〕118号 §二(六): statistics published by 31 January): every unit without a report
     * for {@code year} gets one drafted by the system from its case data. Returns how many were drafted.
     */
    @Transactional
    public int draftMissing(int year) {
        int n = 0;
        for (Unit unit : organization.units()) {
            if (mapper.findReportByYear(unit.id(), year) == null) {
                draftFor(unit.id(), year, null);
                n++;
            }
        }
        return n;
    }

    /** Reports of {@code year} not yet published, for the 31-January watch. */
    @Transactional(readOnly = true)
    public List<AnnualReport> unpublished(int year) {
        return organization.units().stream().map(u -> mapper.findReportByYear(u.id(), year))
                .filter(r -> r != null && !PUBLISHED.equals(r.status)).map(this::toReport)
                .toList();
    }

    private AnnualReportRow draftFor(long unitId, int year, Long userId) {
        AnnualReport.Figures figures = compute(unitId, year);
        AnnualReportRow row = mapper.findReportByYear(unitId, year);
        LocalDateTime now = LocalDateTime.now(clock);
        if (row == null) {
            row = new AnnualReportRow();
            row.publicId = PublicationService.newPublicId();
            row.unitId = unitId;
            row.reportYear = year;
            row.status = DRAFT;
            row.dueDate = dueDate(year);
            row.content = json(figures);
            row.draftedBy = userId;
            row.draftedAt = now;
            mapper.insertReport(row);
        } else {
            if (!DRAFT.equals(row.status)) {
                throw DomainException.invalid("report.notDraft", row.status);
            }
            row.content = json(figures);
            row.draftedBy = userId;
            row.draftedAt = now;
            mapper.updateReport(row);
        }
        return row;
    }

    /** A head approves the draft (not the person who drafted it). */
    @RequiresPermission(Action.ANNUAL_REPORT_APPROVE)
    @Transactional
    public AnnualReport approve(Actor actor, long id) {
        AnnualReportRow row = own(actor, id);
        if (!actor.isHead()) {
            throw DomainException.forbidden("publication.headOnly");
        }
        if (!DRAFT.equals(row.status)) {
            throw DomainException.invalid("report.notDraft", row.status);
        }
        if (row.draftedBy != null && row.draftedBy == actor.userId()) {
            throw DomainException.invalid("report.approverIsDrafter");
        }
        row.status = APPROVED;
        row.approvedBy = actor.userId();
        row.approvedAt = LocalDateTime.now(clock);
        mapper.updateReport(row);
        return toReport(mapper.findReport(id));
    }

    @RequiresPermission(Action.ANNUAL_REPORT_APPROVE)
    @Transactional
    public AnnualReport publish(Actor actor, long id) {
        AnnualReportRow row = own(actor, id);
        if (!actor.isHead()) {
            throw DomainException.forbidden("publication.headOnly");
        }
        if (!APPROVED.equals(row.status)) {
            throw DomainException.invalid("report.notApproved");
        }
        row.status = PUBLISHED;
        row.publishedAt = LocalDateTime.now(clock);
        row.publishedBy = actor.userId();
        mapper.updateReport(row);
        return toReport(mapper.findReport(id));
    }

    @Transactional(readOnly = true)
    public List<AnnualReport> reports(Actor actor) {
        return mapper.reports(actor.seesAllUnits() ? null : actor.unitId()).stream().map(this::toReport).toList();
    }

    @Transactional(readOnly = true)
    public List<AnnualReport> publishedReports() {
        return mapper.publishedReports().stream().map(this::toReport).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AnnualReport> publishedReport(String publicId) {
        if (publicId == null || !publicId.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findPublishedReport(publicId)).map(this::toReport);
    }

    AnnualReport.Figures compute(long unitId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        List<AnnualReport.Line> byOutcome = lines(mapper.decisionsByOutcome(unitId, from, to), "publication.outcome.");
        BigDecimal fines = byOutcome.stream().map(AnnualReport.Line::fines).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AnnualReport.Figures(year, organization.unit(unitId).name(), mapper.countFiled(unitId, from, to),
                byOutcome.stream().mapToLong(AnnualReport.Line::count).sum(),
                lines(mapper.decisionsByProcedure(unitId, from, to), "publication.procedure."), byOutcome,
                lines(mapper.decisionsByItem(unitId, from, to), null), fines,
                mapper.countLegalReviews(unitId, from, to), mapper.countDeliberations(unitId, from, to),
                mapper.countHearings(unitId, from, to),
                mapper.countPublications(unitId, from, to, PublicationStatus.PUBLISHED)
                        + mapper.countPublications(unitId, from, to, PublicationStatus.TAKEN_DOWN),
                mapper.countPublications(unitId, from, to, PublicationStatus.WITHDRAWN),
                mapper.countRemedies(unitId, from, to, "RECONSIDERATION"),
                mapper.countRemedies(unitId, from, to, "LITIGATION"), remedyLines(unitId, from, to));
    }

    /** "行政复议：决定被撤销" 1 — by kind and outcome ("尚未终结" while open). */
    private List<AnnualReport.Line> remedyLines(long unitId, LocalDate from, LocalDate to) {
        return mapper.remediesByOutcome(unitId, from, to).stream().map(r -> {
            String[] kindOutcome = r.label.split(":");
            String outcome = "OPEN".equals(kindOutcome[1]) ? messages.get("ui.remedy.pending", Messages.ZH_CN)
                    : messages.get("ui.remedy.outcome." + kindOutcome[1], Messages.ZH_CN);
            return new AnnualReport.Line(messages.get("ui.remedy.kind." + kindOutcome[0], Messages.ZH_CN) + "："
                    + outcome, r.n, BigDecimal.ZERO);
        }).toList();
    }

    private List<AnnualReport.Line> lines(List<CountRow> rows, String labelPrefix) {
        return rows.stream().map(r -> new AnnualReport.Line(
                labelPrefix == null ? r.label : messages.get(labelPrefix + r.label, Messages.ZH_CN), r.n,
                r.amount == null ? BigDecimal.ZERO : r.amount)).toList();
    }

    /** The report as CSV (UTF-8, one section per block: 项目,数量,罚款金额). */
    public static String csv(AnnualReport.Figures f) {
        StringBuilder b = new StringBuilder();
        b.append("分类,项目,数量,罚款金额（元）\n");
        row(b, "概况", "年度", String.valueOf(f.year()), "");
        row(b, "概况", "执法主体", f.unitName(), "");
        row(b, "概况", "立案", String.valueOf(f.filed()), "");
        row(b, "概况", "作出决定", String.valueOf(f.decided()), f.fines().toPlainString());
        row(b, "概况", "法制审核", String.valueOf(f.legalReviews()), "");
        row(b, "概况", "集体讨论", String.valueOf(f.deliberations()), "");
        row(b, "概况", "听证", String.valueOf(f.hearings()), "");
        row(b, "概况", "决定公示", String.valueOf(f.published()), "");
        row(b, "概况", "撤回公示", String.valueOf(f.withdrawn()), "");
        row(b, "概况", "行政复议", String.valueOf(f.reconsiderations()), "");
        row(b, "概况", "行政诉讼", String.valueOf(f.litigations()), "");
        f.byProcedure().forEach(l -> row(b, "按程序", l.label(), String.valueOf(l.count()), l.fines().toPlainString()));
        f.byOutcome().forEach(l -> row(b, "按结果", l.label(), String.valueOf(l.count()), l.fines().toPlainString()));
        f.byItem().forEach(l -> row(b, "按事项", l.label(), String.valueOf(l.count()), l.fines().toPlainString()));
        f.remedyOutcomes().forEach(l -> row(b, "复议诉讼结果", l.label(), String.valueOf(l.count()), ""));
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            // quote always; neutralise spreadsheet formulas
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        b.append('\n');
    }

    public static String json(AnnualReport.Figures f) {
        try {
            return JSON.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnnualReport toReport(AnnualReportRow r) {
        try {
            return new AnnualReport(r.id, r.publicId, r.unitId, r.unitName, r.reportYear, r.status, r.dueDate,
                    JSON.readValue(r.content, AnnualReport.Figures.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnnualReportRow own(Actor actor, long id) {
        AnnualReportRow row = mapper.findReport(id);
        if (row == null || row.unitId != actor.unitId()) {
            throw DomainException.notFound("report.notFound", id);
        }
        return row;
    }
}
