package cn.zhifa.shared.ui;

import org.springframework.web.util.HtmlUtils;

/**
 * The public pages' frame (行政执法公示 portal and the public complaint form): one layout, one stylesheet inline (the
 * public CSP allows inline styles only), the portal's header linking home and its footer.
 */
public final class PublicHtml {

    private PublicHtml() {
    }

    /** A whole page: {@code body} is HTML already escaped by the caller; the title is escaped here. */
    public static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · 行政执法公示</title><style>" + CSS + "</style></head><body><header><a href=\"/public\">行政执法公示</a>"
                + "</header><main><h1>" + esc(title) + "</h1>" + body + "</main><footer>谁执法谁公示 · 信息与执法系统同步"
                + "</footer></body></html>";
    }

    public static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
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
            + "table{font-size:.85rem}}"
            + ".form label{display:block;margin:.6rem 0}.form input,.form select,.form textarea{display:block;"
            + "width:100%;box-sizing:border-box;padding:.45rem;border:1px solid #d1d5db;border-radius:6px;"
            + "font:inherit;background:#fff}.form button{background:#b91c1c;color:#fff;border:0;border-radius:6px;"
            + "padding:.55rem 1.4rem;font:inherit;cursor:pointer}.error{color:#b91c1c;font-weight:600}";
}
