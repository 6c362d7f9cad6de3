package cn.zhifa.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a missing or failed login: 401 as {@code application/problem+json} ({@code auth.failed}, or
 * {@code auth.locked} while too many failures lock the name or the client address). No {@code WWW-Authenticate}
 * challenge, so browsers do not pop up a login dialog.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        var locale = Problems.locale(request.getHeader("Accept-Language"));
        boolean locked = e instanceof LockedException;
        String code = locked ? "auth.locked" : "auth.failed";
        ProblemDetail p = problems.of(401, code, problems.messages().get(code, locale), Problems.path(request),
                locale);
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.json(p));
    }
}
