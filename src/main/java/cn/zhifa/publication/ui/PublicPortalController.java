package cn.zhifa.publication.ui;

import static cn.zhifa.publication.ui.Html.esc;
import static cn.zhifa.publication.ui.Html.text;

import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.Messages;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.publication.AnnualReport;
import cn.zhifa.publication.AnnualReportService;
import cn.zhifa.publication.PublicDecision;
import cn.zhifa.publication.PublicPage;
import cn.zhifa.publication.PublicationService;
import cn.zhifa.publication.PublicationSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 行政执法公示 portal under {@code /public}: no login, plain server-rendered HTML (zh-CN, mobile first), every value
 * escaped. Body, officers and items come from the same tables the system works with; decisions only when published
 * and redacted, addressed by their random public id; JSON and Atom feeds; annual statistics with CSV and JSON.
 */
@Controller
@RequestMapping("/public")
class PublicPortalController {

    static final int PAGE_SIZE = 20;
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final PublicationService publications;
    private final AnnualReportService reports;
    private final OrganizationService organization;
    private final DiscretionBenchmarkService benchmarks;
    private final Messages messages;
    private final StatutoryPeriods periods;
    private final PublicationSettings settings;
    private final RateLimiter limiter;
    private final Clock clock;

    PublicPortalController(PublicationService publications, AnnualReportService reports,
            OrganizationService organization, DiscretionBenchmarkService benchmarks, StatutoryPeriods periods,
            PublicationSettings settings, RateLimiter limiter, Messages messages, Clock clock) {
        this.publications = publications;
        this.messages = messages;
        this.benchmarks = benchmarks;
        this.reports = reports;
        this.organization = organization;
        this.periods = periods;
        this.settings = settings;
        this.limiter = limiter;
        this.clock = clock;
    }

    private static String range(DiscretionBenchmark r) {
        if (r.fineMin() == null && r.fineMax() == null) {
            return "—";
        }
        return (r.fineMin() == null ? "" : r.fineMin().stripTrailingZeros().toPlainString()) + " – "
                + (r.fineMax() == null ? "" : r.fineMax().stripTrailingZeros().toPlainString());
    }

    // ---- pages ---------------------------------------------------------------------------------------------------

    @GetMapping({"", "/"})
    ResponseEntity<String> index() {
        StringBuilder b = new StringBuilder();
        b.append("<p>根据《行政处罚法》第三十九条、第四十八条和国办发〔2018〕118号，公开执法主体、人员、职责、依据、程序、"
                + "救济渠道和行政处罚决定。</p><ul class=\"tiles\">");
        tile(b, "/public/body", "执法主体", "机构、地址、电话、投诉渠道");
        tile(b, "/public/officers", "执法人员", "姓名、单位、执法证号、执法类别");
        tile(b, "/public/items", "执法事项与依据", "事项、违法依据、处罚依据");
        tile(b, "/public/procedure", "执法程序", "普通程序流程与法定期限");
        tile(b, "/public/remedies", "救济渠道", "行政复议、行政诉讼、投诉举报");
        tile(b, "/public/decisions", "处罚决定公示", "已作出的行政处罚等决定");
        tile(b, "/public/statistics", "年度统计", "行政执法统计年报");
        b.append("</ul>");
        return page("行政执法公示", b);
    }

    @GetMapping("/body")
    ResponseEntity<String> body() {
        StringBuilder b = new StringBuilder();
        for (Unit u : organization.units()) {
            b.append("<section class=\"card unit\"><h2>").append(esc(u.name())).append("</h2><dl>");
            dt(b, "类别", u.kind() == Unit.UnitKind.AUTHORITY ? "执法主体（处罚机关）" : "执法队");
            dt(b, "地址", orDash(u.address()));
            dt(b, "咨询电话", orDash(u.phone()));
            b.append("</dl></section>");
        }
        b.append("<section class=\"card\"><h2>监督投诉渠道</h2><ul>");
        settings.complaintChannels().forEach(c -> b.append("<li>").append(esc(c)).append("</li>"));
        b.append("</ul></section>");
        return page("执法主体", b);
    }

    @GetMapping("/officers")
    ResponseEntity<String> officers() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> units = organization.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Map<Long, UserAccount> users = new LinkedHashMap<>();
        organization.users(null).stream().filter(UserAccount::enabled).forEach(u -> users.put(u.id(), u));
        StringBuilder b = new StringBuilder("<p>持有效执法证的执法人员（与系统执法证数据同步）。</p>"
                + "<table id=\"officers\"><thead><tr><th>姓名</th><th>单位</th><th>执法证号</th><th>执法类别</th>"
                + "<th>执法区域</th></tr></thead><tbody>");
        for (Certificate c : organization.allCertificates()) {
            UserAccount u = users.get(c.userId());
            if (u == null || !c.isValidOn(today)) {
                continue;
            }
            String unit = units.getOrDefault(u.unitId(), "");
            b.append("<tr><td>").append(esc(u.displayName())).append("</td><td>").append(esc(unit))
                    .append("</td><td>").append(esc(c.certNo())).append("</td><td>").append(esc(c.category()))
                    .append("</td><td>").append(esc(unit)).append("辖区</td></tr>");
        }
        b.append("</tbody></table>");
        return page("执法人员", b);
    }

    @GetMapping("/items")
    ResponseEntity<String> items() {
        StringBuilder b = new StringBuilder("<table id=\"items\"><thead><tr><th>编码</th><th>执法事项</th><th>违法依据</th>"
                + "<th>处罚依据</th></tr></thead><tbody>");
        List<ViolationItem> items = organization.items(true);
        for (ViolationItem i : items) {
            b.append("<tr><td>").append(esc(i.code())).append("</td><td>").append(esc(i.name())).append("</td><td>")
                    .append(text(i.violationBasis())).append("</td><td>").append(text(i.penaltyBasis()))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        // 行政处罚法 Art. 34: the discretion benchmarks are published with the items they belong to
        Map<Long, List<DiscretionBenchmark>> published = benchmarks.published();
        b.append("<h2 id=\"benchmarks-title\">行政处罚裁量基准</h2>");
        if (published.isEmpty()) {
            b.append("<p class=\"muted\">尚未公布裁量基准。</p>");
        }
        for (ViolationItem i : items) {
            List<DiscretionBenchmark> rows = published.get(i.id());
            if (rows == null) {
                continue;
            }
            b.append("<section class=\"card benchmark\" id=\"benchmark-").append(esc(i.code())).append("\"><h3>")
                    .append(esc(i.code() + " " + i.name())).append("</h3><table><thead><tr><th>适用对象</th>"
                            + "<th>裁量阶次</th><th>适用条件</th><th>处罚标准</th><th>罚款幅度（元）</th></tr></thead><tbody>");
            for (DiscretionBenchmark r : rows) {
                b.append("<tr><td>").append(esc(messages.get("ui.benchmark.scope." + r.partyScope(), Messages.ZH_CN))).append("</td><td>")
                        .append(esc(messages.get("ui.benchmark.tier." + r.tier(), Messages.ZH_CN))).append("</td><td>").append(text(r.conditions()))
                        .append("</td><td>").append(text(r.standard())).append("</td><td>")
                        .append(esc(range(r))).append("</td></tr>");
            }
            b.append("</tbody></table><p class=\"muted\">").append(esc(rows.get(0).source())).append(" · 施行日期 ")
                    .append(esc(rows.get(0).validFrom())).append("</p></section>");
        }
        return page("执法事项与依据", b);
    }

    @GetMapping("/procedure")
    ResponseEntity<String> procedure() {
        String[][] steps = {
            {"线索登记与核查", period(StatutoryPeriod.VERIFY_LEAD)},
            {"立案（负责人审批）", ""},
            {"调查取证（两名以上持证执法人员，出示执法证）", ""},
            {"调查终结、案件审核", ""},
            {"行政处罚事先告知（事实、理由、依据、拟处罚内容和陈述申辩、听证权利）", ""},
            {"陈述、申辩", period(StatutoryPeriod.STATEMENT_DEFENCE)},
            {"申请听证（符合条件的）", period(StatutoryPeriod.HEARING_REQUEST)},
            {"举行听证（听证通知至少提前送达）", period(StatutoryPeriod.HEARING_NOTICE_LEAD)},
            {"重大执法决定法制审核（经过听证的案件必须审核）", period(StatutoryPeriod.LEGAL_REVIEW)},
            {"负责人决定；情节复杂或重大违法行为由负责人集体讨论决定", period(StatutoryPeriod.DECISION)},
            {"送达处罚决定书", period(StatutoryPeriod.SERVICE)},
            {"公示处罚决定", period(StatutoryPeriod.PUBLICATION_PENALTY)},
            {"履行（缴纳罚款）", period(StatutoryPeriod.PAYMENT)},
            {"结案、归档", period(StatutoryPeriod.CLOSING)}};
        StringBuilder b = new StringBuilder("<ol class=\"flow\" id=\"procedure\">");
        for (String[] s : steps) {
            b.append("<li><span>").append(esc(s[0])).append("</span>");
            if (!s[1].isEmpty()) {
                b.append("<small>期限：").append(esc(s[1])).append("</small>");
            }
            b.append("</li>");
        }
        b.append("</ol><p class=\"muted\">期限按国务院公布的节假日安排计算工作日，期间开始之日不计算在内。</p>");
        return page("执法程序（普通程序）", b);
    }

    @GetMapping("/remedies")
    ResponseEntity<String> remedies() {
        StringBuilder b = new StringBuilder("<section class=\"card\"><ul>"
                + "<li>对行政处罚决定不服的，可以自收到决定书之日起六十日内依法申请行政复议。</li>"
                + "<li>也可以自收到决定书之日起六个月内依法向人民法院提起行政诉讼。</li>"
                + "<li>当事人对行政处罚有陈述、申辩的权利；符合条件的，有要求听证的权利。</li>"
                + "<li>对执法人员的执法行为可以投诉、举报：</li></ul><ul>");
        settings.complaintChannels().forEach(c -> b.append("<li>").append(esc(c)).append("</li>"));
        b.append("</ul></section>");
        return page("救济渠道", b);
    }

    @GetMapping("/decisions")
    ResponseEntity<String> decisions(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long item,
            @RequestParam(required = false) String after, HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return tooMany();
        }
        LocalDate f = date(from);
        LocalDate t = date(to);
        PublicPage<PublicDecision> p = publications.published(f, t, item, after, PAGE_SIZE);
        StringBuilder b = new StringBuilder("<form class=\"search\" method=\"get\" action=\"/public/decisions\">"
                + "<label>公示日期自 <input type=\"date\" name=\"from\" value=\"").append(esc(f))
                .append("\"></label><label>至 <input type=\"date\" name=\"to\" value=\"").append(esc(t))
                .append("\"></label><label>执法事项 <select name=\"item\"><option value=\"\">全部</option>");
        for (ViolationItem i : organization.items(false)) {
            b.append("<option value=\"").append(i.id()).append('"').append(item != null && item == i.id()
                    ? " selected" : "").append('>').append(esc(i.name())).append("</option>");
        }
        b.append("</select></label><button type=\"submit\">查询</button></form>");
        b.append("<p class=\"muted\" id=\"decision-count\">").append(p.totalCapped()
                ? "超过 " + PublicPage.COUNT_CAP + " 条，请按日期或事项缩小范围" : "共 " + p.total() + " 条").append("</p>");
        b.append("<ul class=\"list\" id=\"decision-list\">");
        for (PublicDecision d : p.items()) {
            b.append("<li><a href=\"/public/decisions/").append(esc(d.publicId())).append("\">")
                    .append(esc(orDash(d.docNo()))).append("</a><div>").append(esc(d.partyText())).append(" · ")
                    .append(esc(d.itemName())).append(" · ").append(esc(d.category())).append("</div><small>")
                    .append(esc(d.bodyName())).append(" · 公示日期 ").append(esc(d.publishedDate()))
                    .append("</small></li>");
        }
        b.append("</ul><nav class=\"pager\">");
        String q = (f == null ? "" : "&from=" + f) + (t == null ? "" : "&to=" + t) + (item == null ? "" : "&item=" + item);
        if (!p.first()) {
            b.append("<a rel=\"first\" href=\"/public/decisions?").append(esc(q.isEmpty() ? "" : q.substring(1)))
                    .append("\">第一页</a>");
        }
        if (p.next() != null) {
            b.append("<a rel=\"next\" href=\"/public/decisions?after=").append(esc(p.next())).append(esc(q))
                    .append("\">下一页</a>");
        }
        b.append("</nav><p class=\"muted\">开放数据：<a href=\"/public/decisions.json\">JSON</a> · "
                + "<a href=\"/public/decisions.atom\">Atom</a></p>");
        return page("行政处罚决定公示", b);
    }

    @GetMapping("/decisions/{publicId}")
    ResponseEntity<String> decision(@PathVariable String publicId) {
        Optional<PublicDecision> found = publications.publicDecision(publicId);
        if (found.isEmpty()) {
            return notFound();
        }
        PublicDecision d = found.get();
        StringBuilder b = new StringBuilder("<article class=\"card\" id=\"decision\">");
        if (d.withdrawn()) {
            b.append("<p class=\"notice\" id=\"withdrawn\">本公示信息已于 ").append(esc(d.withdrawnDate()))
                    .append(" 撤回。原因：").append(esc(d.withdrawalReason())).append("。</p><p>说明：")
                    .append(text(d.withdrawalNote())).append("</p><dl>");
            dt(b, "执法主体", d.bodyName());
            dt(b, "决定书文号", orDash(d.docNo()));
            b.append("</dl>");
        } else {
            b.append("<dl>");
            dt(b, "决定书文号", orDash(d.docNo()));
            dt(b, "执法主体", d.bodyName());
            dt(b, "当事人（执法对象）", d.partyText());
            dt(b, "执法类别", d.category());
            dt(b, "执法事项", orDash(d.itemName()));
            b.append("<dt>主要违法事实</dt><dd>").append(text(d.factsText())).append("</dd>");
            b.append("<dt>依据</dt><dd>").append(text(orDash(d.basisText()))).append("</dd>");
            dt(b, "执法结论", d.conclusionText());
            dt(b, "决定日期", String.valueOf(d.decidedDate()));
            dt(b, "公示日期", String.valueOf(d.publishedDate()));
            b.append("</dl>");
        }
        b.append("</article><p><a href=\"/public/decisions\">返回列表</a></p>");
        return page(d.withdrawn() ? "已撤回的公示信息" : "行政处罚决定公示", b);
    }

    @GetMapping(value = "/decisions.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> jsonFeed(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long item, @RequestParam(required = false) String after,
            HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", "too many requests"));
        }
        PublicPage<PublicDecision> p = publications.published(date(from), date(to), item, after, 50);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", p.total());
        body.put("totalCapped", p.totalCapped());
        body.put("next", p.next());
        body.put("items", p.items().stream().map(PublicPortalController::feedItem).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5))).body(body);
    }

    @GetMapping(value = "/decisions.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> atomFeed(HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return tooMany();
        }
        PublicPage<PublicDecision> p = publications.published(null, null, null, null, 50);
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>行政处罚决定公示</title>");
        b.append("<id>").append(esc(base)).append("/public/decisions</id>");
        b.append("<link rel=\"self\" href=\"").append(esc(base)).append("/public/decisions.atom\"/>");
        LocalDate updated = p.items().isEmpty() ? LocalDate.now(clock) : p.items().get(0).publishedDate();
        b.append("<updated>").append(atomDate(updated)).append("</updated>");
        for (PublicDecision d : p.items()) {
            String link = base + "/public/decisions/" + d.publicId();
            b.append("<entry><title>").append(esc(orDash(d.docNo()) + " " + d.partyText())).append("</title>")
                    .append("<id>").append(esc(link)).append("</id><link href=\"").append(esc(link)).append("\"/>")
                    .append("<updated>").append(atomDate(d.publishedDate())).append("</updated>")
                    .append("<author><name>").append(esc(d.bodyName())).append("</name></author>")
                    .append("<summary>").append(esc(d.category() + "：" + d.conclusionText())).append("</summary></entry>");
        }
        b.append("</feed>");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(b.toString());
    }

    @GetMapping("/statistics")
    ResponseEntity<String> statistics() {
        LocalDate today = LocalDate.now(clock);
        int last = today.getYear() - 1;
        StringBuilder b = new StringBuilder("<p>上一年度（").append(last).append("年）行政执法统计年报应于 ")
                .append(esc(AnnualReportService.dueDate(last))).append(" 前公布。</p><ul class=\"list\" id=\"reports\">");
        for (AnnualReport r : reports.publishedReports()) {
            b.append("<li><a href=\"/public/statistics/").append(esc(r.publicId())).append("\">")
                    .append(esc(r.unitName())).append(" ").append(r.year()).append("年行政执法统计年报</a></li>");
        }
        b.append("</ul>");
        return page("行政执法统计年报", b);
    }

    @GetMapping("/statistics/{publicId}")
    ResponseEntity<String> report(@PathVariable String publicId) {
        Optional<AnnualReport> found = reports.publishedReport(publicId);
        if (found.isEmpty()) {
            return notFound();
        }
        AnnualReport.Figures f = found.get().figures();
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"report\"><dl>");
        dt(b, "执法主体", f.unitName());
        dt(b, "立案", String.valueOf(f.filed()));
        dt(b, "作出决定", String.valueOf(f.decided()));
        dt(b, "罚款金额（元）", f.fines().toPlainString());
        dt(b, "法制审核", String.valueOf(f.legalReviews()));
        dt(b, "集体讨论", String.valueOf(f.deliberations()));
        dt(b, "听证", String.valueOf(f.hearings()));
        dt(b, "决定公示 / 撤回", f.published() + " / " + f.withdrawn());
        dt(b, "行政复议 / 行政诉讼", f.reconsiderations() + " / " + f.litigations());
        b.append("</dl>");
        table(b, "按程序", f.byProcedure());
        table(b, "按处理结果", f.byOutcome());
        table(b, "按执法事项", f.byItem());
        table(b, "行政复议、行政诉讼结果", f.remedyOutcomes());
        b.append("<p>下载：<a href=\"/public/statistics/").append(esc(publicId)).append(".csv\">CSV</a> · ")
                .append("<a href=\"/public/statistics/").append(esc(publicId)).append(".json\">JSON</a></p></section>");
        return page(f.year() + "年行政执法统计年报", b);
    }

    @GetMapping("/statistics/{publicId}.csv")
    ResponseEntity<String> reportCsv(@PathVariable String publicId) {
        return reports.publishedReport(publicId).map(r -> ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + r.year() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body("\uFEFF" + AnnualReportService.csv(r.figures()))).orElseGet(this::notFound);
    }

    @GetMapping(value = "/statistics/{publicId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> reportJson(@PathVariable String publicId) {
        return reports.publishedReport(publicId).map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(AnnualReportService.json(r.figures()))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static Map<String, Object> feedItem(PublicDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publicId", d.publicId());
        m.put("url", "/public/decisions/" + d.publicId());
        m.put("docNo", d.docNo());
        m.put("body", d.bodyName());
        m.put("party", d.partyText());
        m.put("item", d.itemName());
        m.put("category", d.category());
        m.put("facts", d.factsText());
        m.put("basis", d.basisText());
        m.put("conclusion", d.conclusionText());
        m.put("decidedDate", String.valueOf(d.decidedDate()));
        m.put("publishedDate", String.valueOf(d.publishedDate()));
        return m;
    }

    private String period(StatutoryPeriod p) {
        cn.zhifa.calendar.Period x = periods.of(p);
        String unit = switch (x.unit()) {
            case WORKING_DAYS -> "个工作日";
            case CALENDAR_DAYS -> "日";
            case HOURS -> "小时";
            case MONTHS -> "个月";
            case YEARS -> "年";
        };
        return x.amount() + unit;
    }

    private static void table(StringBuilder b, String title, List<AnnualReport.Line> lines) {
        b.append("<h3>").append(esc(title)).append("</h3><table><thead><tr><th>项目</th><th>数量</th><th>罚款（元）</th>"
                + "</tr></thead><tbody>");
        for (AnnualReport.Line l : lines) {
            b.append("<tr><td>").append(esc(l.label())).append("</td><td>").append(l.count()).append("</td><td>")
                    .append(esc(l.fines().toPlainString())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String atomDate(LocalDate d) {
        return d.atStartOfDay(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static void tile(StringBuilder b, String href, String title, String sub) {
        b.append("<li><a href=\"").append(href).append("\"><strong>").append(esc(title)).append("</strong><small>")
                .append(esc(sub)).append("</small></a></li>");
    }

    private static void dt(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .body(layout("未找到", new StringBuilder("<p>未找到该公示信息。</p><p><a href=\"/public/decisions\">返回列表</a></p>")));
    }

    private ResponseEntity<String> tooMany() {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5").contentType(HTML)
                .body(layout("请求过于频繁", new StringBuilder("<p>请求过于频繁，请稍后再试。</p>")));
    }

    private static ResponseEntity<String> page(String title, StringBuilder body) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .body(layout(title, body));
    }

    private static String layout(String title, StringBuilder body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · 行政执法公示</title><style>" + CSS + "</style></head><body><header><a href=\"/public\">行政执法公示</a>"
                + "</header><main><h1>" + esc(title) + "</h1>" + body + "</main><footer>谁执法谁公示 · 信息与执法系统同步"
                + "</footer></body></html>";
    }

    private static final String CSS = "body{margin:0;font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;"
            + "color:#1f2937;background:#f7f7f8;line-height:1.6}header{background:#b91c1c;padding:.6rem 1rem}"
            + "header a{color:#fff;font-weight:600;text-decoration:none}main{max-width:960px;margin:0 auto;padding:1rem}"
            + "h1{font-size:1.4rem}.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem;"
            + "margin:.8rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{color:#6b7280}"
            + "dd{margin:0}table{width:100%;border-collapse:collapse;background:#fff}th,td{border:1px solid #e5e7eb;"
            + "padding:.4rem;text-align:left;vertical-align:top}.tiles{list-style:none;padding:0;display:grid;"
            + "grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:.8rem}.tiles a{display:block;"
            + "background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem;text-decoration:none;"
            + "color:inherit}.tiles small,.list small{display:block;color:#6b7280}.list{list-style:none;padding:0}"
            + ".list li{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:.6rem 1rem;margin:.5rem 0}"
            + ".search{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end}.search label{display:flex;"
            + "flex-direction:column;max-width:100%}select,input{max-width:100%;box-sizing:border-box}"
            + ".muted{color:#6b7280}"
            + ".notice{background:#fef3c7;padding:.6rem;border-radius:6px}.flow li{margin:.4rem 0}"
            + ".flow small{display:block;color:#6b7280}.pager{display:flex;gap:1rem}footer{text-align:center;"
            + "color:#6b7280;padding:1rem;font-size:.85rem}@media(max-width:600px){dl{grid-template-columns:1fr}"
            + "table{font-size:.85rem}}";
}
