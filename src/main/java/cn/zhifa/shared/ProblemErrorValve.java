package cn.zhifa.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report as {@code application/problem+json}: what the container answers by itself before the
 * application sees the request — a malformed request line or header (400), {@code Transfer-Encoding: gzip} (501),
 * headers too large — and anything left without a body. Replaces Tomcat's HTML {@link ErrorReportValve}.
 */
public class ProblemErrorValve extends ErrorReportValve {

    private static volatile Problems problems;

    /** Called once the application's message bundles are there. */
    static void use(Problems p) {
        problems = p;
    }

    public ProblemErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Problems p = problems;
        String path = null;
        String language = null;
        try {
            path = request.getDecodedRequestURI();
            language = request.getHeader("Accept-Language");
        } catch (RuntimeException ignored) {
            // an unparseable request: no path, default language
        }
        var locale = Problems.locale(language);
        String body;
        if (p != null) {
            ProblemDetail problem = p.forStatus(status, safePath(path), locale);
            body = Problems.json(problem);
        } else {
            body = "{\"type\":\"urn:zhifa:http." + status + "\",\"status\":" + status + ",\"code\":\"http." + status
                    + "\"}";
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.resetBuffer();
            Writer w = response.getReporter();
            if (w != null) {
                w.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone: nothing more to say
        }
    }

    private static String safePath(String path) {
        if (path == null) {
            return null;
        }
        for (char c : path.toCharArray()) {
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return path;
    }
}
