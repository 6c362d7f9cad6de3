package cn.zhifa.publication.ui;

import static cn.zhifa.publication.ui.Html.esc;
import static cn.zhifa.publication.ui.PortalPages.dt;
import static cn.zhifa.publication.ui.PortalPages.notFound;
import static cn.zhifa.publication.ui.PortalPages.page;
import static cn.zhifa.publication.ui.PortalPages.table;

import cn.zhifa.publication.AnnualReport;
import cn.zhifa.publication.AnnualReportService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Published annual statistics on the portal ({@code /public/statistics…}): list, report, CSV and JSON. */
@Controller
@RequestMapping("/public")
class PublicStatisticsController {

    private final AnnualReportService reports;
    private final Clock clock;

    PublicStatisticsController(AnnualReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
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
                .body("\uFEFF" + AnnualReportService.csv(r.figures()))).orElseGet(PortalPages::notFound);
    }

    @GetMapping(value = "/statistics/{publicId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> reportJson(@PathVariable String publicId) {
        return reports.publishedReport(publicId).map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(AnnualReportService.json(r.figures()))).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
