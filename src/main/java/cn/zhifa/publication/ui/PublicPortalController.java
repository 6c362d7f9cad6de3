package cn.zhifa.publication.ui;

import static cn.zhifa.publication.ui.Html.esc;
import static cn.zhifa.publication.ui.Html.text;
import static cn.zhifa.publication.ui.PortalPages.atomDate;
import static cn.zhifa.publication.ui.PortalPages.date;
import static cn.zhifa.publication.ui.PortalPages.dt;
import static cn.zhifa.publication.ui.PortalPages.notFound;
import static cn.zhifa.publication.ui.PortalPages.orDash;
import static cn.zhifa.publication.ui.PortalPages.page;
import static cn.zhifa.publication.ui.PortalPages.tile;
import static cn.zhifa.publication.ui.PortalPages.tooMany;

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
import cn.zhifa.publication.PublicDecision;
import cn.zhifa.publication.PublicPage;
import cn.zhifa.publication.PublicDecisions;
import cn.zhifa.publication.PublicationSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
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
 * and redacted, addressed by their random public id; JSON and Atom feeds. Annual statistics:
 * {@link PublicStatisticsController}; page layout: {@link PortalPages}.
 */
@Controller
@RequestMapping("/public")
class PublicPortalController {

    static final int PAGE_SIZE = 20;

    private final PublicDecisions decisions;
    private final OrganizationService organization;
    private final DiscretionBenchmarkService benchmarks;
    private final Messages messages;
    private final StatutoryPeriods periods;
    private final PublicationSettings settings;
    private final RateLimiter limiter;
    private final Clock clock;

    PublicPortalController(PublicDecisions decisions, OrganizationService organization, DiscretionBenchmarkService benchmarks, StatutoryPeriods periods,
            PublicationSettings settings, RateLimiter limiter, Messages messages, Clock clock) {
        this.decisions = decisions;
        this.messages = messages;
        this.benchmarks = benchmarks;
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
        tile(b, "/public/complaint", "投诉举报", "在线提交投诉举报，查询办理情况");
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
        PublicPage<PublicDecision> p = decisions.published(f, t, item, after, PAGE_SIZE);
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
        Optional<PublicDecision> found = decisions.publicDecision(publicId);
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
        PublicPage<PublicDecision> p = decisions.published(date(from), date(to), item, after, 50);
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
        PublicPage<PublicDecision> p = decisions.published(null, null, null, null, 50);
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

}
