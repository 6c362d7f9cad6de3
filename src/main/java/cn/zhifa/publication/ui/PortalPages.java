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
