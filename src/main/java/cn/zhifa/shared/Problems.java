package cn.zhifa.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one error shape of the application, {@code application/problem+json}: {@code type}
 * ({@code urn:zhifa:<code>}), {@code title} and {@code detail} in the caller's language (zh-CN unless English is
 * asked for), {@code status}, {@code instance} (the request path) and {@code code}. Used by the MVC exception handler,
 * the {@code /error} controller and the container's error valve, so every error answer looks the same.
 */
@Component
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final Messages messages;

    public Problems(Messages messages) {
        this.messages = messages;
    }

    /** A problem for an HTTP status with the generic text of that status ({@code problem.http.<status>}). */
    public ProblemDetail forStatus(int status, String path, Locale locale) {
        String key = "problem.http." + status;
        String detail = messages.get(key, locale);
        if (detail.equals(key)) {
            detail = messages.get(status >= 500 ? "problem.http.500" : "problem.http.400", locale);
        }
        return of(status, "http." + status, detail, path, locale);
    }

    /** A problem with a message key of the bundles as detail. */
    public ProblemDetail of(int status, String code, String detail, String path, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        p.setTitle(title(status, locale));
        p.setType(URI.create("urn:zhifa:" + code));
        p.setProperty("code", code);
        if (path != null) {
            p.setInstance(safeUri(path));
        }
        return p;
    }

    public String title(int status, Locale locale) {
        String kind = switch (status) {
            case 401 -> "problem.UNAUTHORIZED";
            case 403 -> "problem.FORBIDDEN";
            case 404 -> "problem.NOT_FOUND";
            case 409 -> "problem.CONFLICT";
            case 429 -> "problem.TOO_MANY";
            default -> status >= 500 ? "problem.SERVER" : "problem.INVALID";
        };
        return messages.get(kind, locale);
    }

    public Messages messages() {
        return messages;
    }

    /** A short id that names one unexpected error in the log and in the answer. */
    public static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    /** The request path, or null when it cannot be a URI (then the problem simply has no instance). */
    public static String path(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        return forwarded instanceof String s ? s : request.getRequestURI();
    }

    private static URI safeUri(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create("about:blank");
        }
    }

    /** The JSON text of a problem, for places without a message converter (the container's error valve). */
    public static String json(ProblemDetail p) {
        StringBuilder b = new StringBuilder("{");
        field(b, "type", String.valueOf(p.getType()));
        field(b, "title", p.getTitle());
        b.append("\"status\":").append(p.getStatus()).append(',');
        field(b, "detail", p.getDetail());
        if (p.getInstance() != null) {
            field(b, "instance", p.getInstance().toString());
        }
        if (p.getProperties() != null) {
            p.getProperties().forEach((k, v) -> field(b, k, String.valueOf(v)));
        }
        b.setLength(b.length() - 1);
        return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            b.append("null");
        } else {
            b.append('"');
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
        b.append(',');
    }

    /** Resolves the caller's language from Accept-Language without Spring's machinery (for the container valve). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                var ranges = Locale.LanguageRange.parse(acceptLanguage);
                if (!ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return Locale.ENGLISH;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: the default language
            }
        }
        return Messages.ZH_CN;
    }
}
