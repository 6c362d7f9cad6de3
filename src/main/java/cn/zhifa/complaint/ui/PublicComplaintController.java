package cn.zhifa.complaint.ui;

import cn.zhifa.account.SubmissionLimiter;
import cn.zhifa.complaint.ComplaintChannel;
import cn.zhifa.complaint.ComplaintReceipt;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.complaint.NewComplaint;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * 网上投诉: a plain HTML form at {@code /public/complaint}, no login. Protected by Spring Security's CSRF token (a hidden
 * field), every echoed value HTML-escaped; the complaint goes through {@link ComplaintService#intake} like any other.
 */
@Controller
class PublicComplaintController {

    private final ComplaintService complaints;
    private final OrganizationService organization;
    private final Messages messages;
    private final SubmissionLimiter limiter;
    private final cn.zhifa.complaint.ComplaintLookup lookup;

    PublicComplaintController(ComplaintService complaints, OrganizationService organization, Messages messages,
            SubmissionLimiter limiter, cn.zhifa.complaint.ComplaintLookup lookup) {
        this.lookup = lookup;
        this.complaints = complaints;
        this.organization = organization;
        this.messages = messages;
        this.limiter = limiter;
    }

    @GetMapping("/public/complaint")
    ResponseEntity<String> form(HttpServletRequest request, Locale locale) {
        return html(page(request, locale, null, "", "", "", "", ""));
    }

    /** 办理情况查询: by the complaint's number and the phone given with it; rate-limited in windows of its own. */
    @GetMapping("/public/complaint/status")
    ResponseEntity<String> status(HttpServletRequest request, Locale locale,
            @RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String phone) {
        StringBuilder b = new StringBuilder("<form class=\"form card\" method=\"get\" action=\"/public/complaint/status\">");
        b.append(field(locale, "complaint.public.number", input("no", no, 40)));
        b.append(field(locale, "complaint.phone", input("phone", phone, 30)));
        b.append("<p><button type=\"submit\">").append(esc(messages.get("complaint.public.lookup", locale)))
                .append("</button></p></form>");
        if (!no.isBlank() || !phone.isBlank()) {
            if (!limiter.tryLookup(request.getRemoteAddr(), request.getSession().getId())) {
                b.append("<p id=\"complaint-error\" class=\"error\">")
                        .append(esc(messages.get("complaint.public.tooMany", locale))).append("</p>");
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(HTML)
                        .body(shell(locale, "complaint.public.statusTitle", b.toString()));
            }
            b.append(lookup.find(no, phone).map(st -> "<dl id=\"complaint-status\" class=\"card\">"
                    + dt(locale, "complaint.public.number", st.complaintNo())
                    + dt(locale, "complaint.status", messages.get("ui.stage." + st.status(), locale))
                    + dt(locale, "complaint.public.received", st.receivedOn().toString())
                    + dt(locale, "complaint.public.replyDue", st.replyDue() == null ? "—" : st.replyDue().toString())
                    + dt(locale, "complaint.public.replied", st.repliedOn() == null ? "—" : st.repliedOn().toString())
                    + "</dl>").orElse("<p id=\"complaint-status-none\" class=\"notice\">"
                            + esc(messages.get("complaint.public.notFound", locale)) + "</p>"));
        }
        b.append("<p><a href=\"/public/complaint\">").append(esc(messages.get("complaint.public.title", locale)))
                .append("</a></p>");
        return html(shell(locale, "complaint.public.statusTitle", b.toString()));
    }

    @PostMapping(value = "/public/complaint", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> submit(HttpServletRequest request, Locale locale,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String party,
            @RequestParam(defaultValue = "") String content, @RequestParam(required = false) Long unitId) {
        // rate limit per client address and per session (zhifa.public-complaint.*), before anything is stored
        if (!limiter.tryComplaint(request.getRemoteAddr(), request.getSession().getId())) {
            String error = messages.get("complaint.public.tooMany", locale);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limiter.retryAfterSeconds(request.getRemoteAddr())))
                    .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(page(request, locale, error, name, phone, place, party, content));
        }
        try {
            ComplaintReceipt r = complaints.intake(null, new NewComplaint(ComplaintChannel.WEB, null, name, phone,
                    place, party, null, content, unitId, null));
            return html(shell(locale, "complaint.public.title", "<p id=\"complaint-thanks\" class=\"card\">"
                    + esc(messages.get("complaint.public.thanks", locale, r.complaint().complaintNo()))
                    + "</p><p><a href=\"/public/complaint/status\">"
                    + esc(messages.get("complaint.public.statusTitle", locale)) + "</a></p>"));
        } catch (DomainException refused) {
            String error = messages.get("complaint.public.error", locale, messages.of(refused, locale));
            return ResponseEntity.unprocessableEntity().contentType(MediaType.TEXT_HTML)
                    .body(page(request, locale, error, name, phone, place, party, content));
        }
    }

    private String page(HttpServletRequest request, Locale locale, String error, String name, String phone,
            String place, String party, String content) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder units = new StringBuilder();
        for (Unit u : organization.units()) {
            if (u.kind() == Unit.UnitKind.TEAM) {
                units.append("<option value=\"").append(u.id()).append("\">").append(esc(u.name())).append("</option>");
            }
        }
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("<p id=\"complaint-error\" class=\"error\">").append(esc(error)).append("</p>");
        }
        b.append("<p id=\"complaint-privacy\" class=\"notice\">").append(esc(messages.get("complaint.public.privacy",
                locale))).append("</p>");
        b.append("<form class=\"form card\" method=\"post\" action=\"/public/complaint\">");
        if (csrf != null) {
            b.append("<input type=\"hidden\" name=\"").append(esc(csrf.getParameterName())).append("\" value=\"")
                    .append(esc(csrf.getToken())).append("\">");
        }
        b.append(field(locale, "complaint.unit", "<select name=\"unitId\" required>" + units + "</select>"));
        b.append(field(locale, "complaint.complainant", input("name", name, 100)));
        b.append(field(locale, "complaint.phone", input("phone", phone, 30)));
        b.append(field(locale, "complaint.place", input("place", place, 200) .replace("<input", "<input required")));
        b.append(field(locale, "complaint.party", input("party", party, 100)));
        b.append(field(locale, "complaint.content", "<textarea name=\"content\" rows=\"6\" maxlength=\"2000\" required>"
                + esc(content) + "</textarea>"));
        b.append("<p><button type=\"submit\">").append(esc(messages.get("complaint.submit", locale)))
                .append("</button></p></form>");
        b.append("<p><a id=\"complaint-status-link\" href=\"/public/complaint/status\">")
                .append(esc(messages.get("complaint.public.statusTitle", locale))).append("</a></p>");
        return shell(locale, "complaint.public.title", b.toString());
    }

    private String field(Locale locale, String key, String control) {
        return "<label>" + esc(messages.get(key, locale)) + control + "</label>";
    }

    private String dt(Locale locale, String key, String value) {
        return "<dt>" + esc(messages.get(key, locale)) + "</dt><dd>" + esc(value) + "</dd>";
    }

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private static String input(String name, String value, int max) {
        return "<input name=\"" + name + "\" maxlength=\"" + max + "\" value=\"" + esc(value) + "\">";
    }

    /** The portal's frame (header back to 行政执法公示, the same stylesheet): the public pages look as one. */
    private String shell(Locale locale, String titleKey, String body) {
        return cn.zhifa.shared.ui.PublicHtml.layout(messages.get(titleKey, locale), body);
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
