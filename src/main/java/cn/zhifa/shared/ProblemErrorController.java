package cn.zhifa.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): whatever reached it — a {@code sendError} from a filter (401 of the
 * API's Basic login, 403), an exception no handler caught, a status the container set — is answered as
 * {@code application/problem+json}, with an id for server errors (logged with the exception) and never a stack trace.
 * Replaces Spring Boot's BasicErrorController.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 500;
        var locale = Problems.locale(request.getHeader("Accept-Language"));
        ProblemDetail p = problems.forStatus(status, Problems.path(request), locale);
        if (status >= 500) {
            String id = Problems.newErrorId();
            Object ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.error("Error {} on {}", id, Problems.path(request), ex instanceof Throwable t ? t : null);
            p.setProperty("errorId", id);
            p.setDetail(problems.messages().get("problem.http.500", locale, id));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
