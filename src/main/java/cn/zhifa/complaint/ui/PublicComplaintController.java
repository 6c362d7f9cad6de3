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

    PublicComplaintController(ComplaintService complaints, OrganizationService organization, Messages messages,
            SubmissionLimiter limiter) {
        this.complaints = complaints;
        this.organization = organization;
        this.messages = messages;
        this.limiter = limiter;
    }

    @GetMapping("/public/complaint")
    ResponseEntity<String> form(HttpServletRequest request, Locale locale) {
        return html(page(request, locale, null, "", "", "", "", ""));
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
            return html(shell(locale, "<p id=\"complaint-thanks\">" + esc(messages.get("complaint.public.thanks",
                    locale, r.complaint().complaintNo())) + "</p>"));
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
            b.append("<p id=\"complaint-error\" style=\"color:#b00\">").append(esc(error)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/public/complaint\">");
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
        return shell(locale, b.toString());
    }

    private String field(Locale locale, String key, String control) {
        return "<p><label>" + esc(messages.get(key, locale)) + "<br>" + control + "</label></p>";
    }

    private static String input(String name, String value, int max) {
        return "<input name=\"" + name + "\" maxlength=\"" + max + "\" value=\"" + esc(value) + "\">";
    }

    private String shell(Locale locale, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + esc(messages.get("complaint.public.title", locale)) + "</title></head><body style=\"font-family:"
                + "sans-serif;max-width:40em;margin:1em auto;padding:0 1em\"><h1>"
                + esc(messages.get("complaint.public.title", locale)) + "</h1>" + body + "</body></html>";
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
