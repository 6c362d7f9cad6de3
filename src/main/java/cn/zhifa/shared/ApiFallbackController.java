package cn.zhifa.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The least specific mapping under {@code /api} and {@code /public}: a request no other endpoint takes ends here
 * instead of falling through to the Vaadin servlet (which would answer with an HTML page). Answers 405 with
 * {@code Allow} when the path exists with other methods, 415/406 when it exists with other content types, 404
 * otherwise — always as {@code application/problem+json}.
 */
@RestController
class ApiFallbackController {

    private final RequestMappingHandlerMapping mapping;
    private final Problems problems;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    @RequestMapping({"/api/**", "/public/**"})
    ResponseEntity<ProblemDetail> fallback(HttpServletRequest request, Locale locale) {
        Set<String> allowed = new TreeSet<>();
        boolean pathAndMethod = false;
        boolean consumesMismatch = false;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType() == ApiFallbackController.class) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                allowed.addAll(Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            } else {
                methods.forEach(m -> allowed.add(m.name()));
                if (methods.stream().anyMatch(m -> m.name().equals("GET"))) {
                    allowed.add("HEAD");
                }
            }
            if (info.getMethodsCondition().getMatchingCondition(request) != null) {
                pathAndMethod = true;
                if (info.getConsumesCondition().getMatchingCondition(request) == null) {
                    consumesMismatch = true;
                }
            }
        }
        String path = Problems.path(request);
        if (pathAndMethod) {
            int status = consumesMismatch ? 415 : 406;
            return answer(problems.forStatus(status, path, locale), null);
        }
        if (!allowed.isEmpty()) {
            return answer(problems.forStatus(405, path, locale), String.join(", ", allowed));
        }
        return answer(problems.forStatus(404, path, locale), null);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p, String allow) {
        var b = ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (allow != null) {
            b.header(HttpHeaders.ALLOW, allow);
        }
        return b.body(p);
    }
}
