package cn.zhifa.publication.ui;

import static cn.zhifa.publication.ui.Html.esc;

import cn.zhifa.publication.AnnualReport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The portal's page frame (layout, CSS, security headers), its 404 and 429 pages and small HTML helpers. */
final class PortalPages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private PortalPages() {
    }

    static void table(StringBuilder b, String title, List<AnnualReport.Line> lines) {
        b.append("<h3>").append(esc(title)).append("</h3><table><thead><tr><th>项目</th><th>数量</th><th>罚款（元）</th>"
                + "</tr></thead><tbody>");
        for (AnnualReport.Line l : lines) {
            b.append("<tr><td>").append(esc(l.label())).append("</td><td>").append(l.count()).append("</td><td>")
                    .append(esc(l.fines().toPlainString())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    static String atomDate(LocalDate d) {
        return d.atStartOfDay(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    static void tile(StringBuilder b, String href, String title, String sub) {
        b.append("<li><a href=\"").append(href).append("\"><strong>").append(esc(title)).append("</strong><small>")
                .append(esc(sub)).append("</small></a></li>");
    }

    static void dt(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .body(layout("未找到", new StringBuilder("<p>未找到该公示信息。</p><p><a href=\"/public/decisions\">返回列表</a></p>")));
    }

    static ResponseEntity<String> tooMany() {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5").contentType(HTML)
                .body(layout("请求过于频繁", new StringBuilder("<p>请求过于频繁，请稍后再试。</p>")));
    }

    static ResponseEntity<String> page(String title, StringBuilder body) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .body(layout(title, body));
    }

    static String layout(String title, StringBuilder body) {
        return cn.zhifa.shared.ui.PublicHtml.layout(title, body.toString());
    }
}
