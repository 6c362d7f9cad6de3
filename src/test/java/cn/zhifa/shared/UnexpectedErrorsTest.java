package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** An unexpected exception is answered 500 as problem+json with an id for the log — never the exception's text. */
class UnexpectedErrorsTest {

    private final Problems problems = new Problems(new Messages(source()));

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource s = new ResourceBundleMessageSource();
        s.setBasenames("i18n/messages", "i18n/hardening");
        s.setDefaultEncoding("UTF-8");
        s.setFallbackToSystemLocale(false);
        return s;
    }

    @Test
    void theMvcHandlerAnswers500WithAnIdAndNoInternals() throws Exception {
        ApiExceptionHandler handler = new ApiExceptionHandler(problems);
        ResponseEntity<Object> r = handler.unexpected(new IllegalStateException("secret table zhifa.case_file"),
                new MockHttpServletRequest("POST", "/api/cases"), Locale.ENGLISH);
        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail p = (ProblemDetail) r.getBody();
        String id = (String) p.getProperties().get("errorId");
        assertThat(id).hasSize(13);
        assertThat(p.getDetail()).contains(id).startsWith("Server error").doesNotContain("secret", "IllegalState");
        assertThat(Problems.json(p)).doesNotContain("secret", "at cn.zhifa");
        ResponseEntity<Object> zh = handler.unexpected(new NullPointerException(),
                new MockHttpServletRequest("GET", "/api/cases/1"), Locale.SIMPLIFIED_CHINESE);
        assertThat(((ProblemDetail) zh.getBody()).getDetail()).startsWith("服务器内部错误");
    }

    @Test
    void theErrorPageAnswers500WithAnIdToo() {
        ProblemErrorController controller = new ProblemErrorController(problems);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/me");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new RuntimeException("stack me"));
        ResponseEntity<ProblemDetail> r = controller.error(request);
        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getBody().getInstance()).hasToString("/api/me");
        assertThat(r.getBody().getProperties()).containsKey("errorId");
        assertThat(Problems.json(r.getBody())).doesNotContain("stack me");
        MockHttpServletRequest notFound = new MockHttpServletRequest("GET", "/error");
        notFound.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        notFound.addHeader("Accept-Language", "en-GB,en;q=0.8");
        assertThat(controller.error(notFound).getBody().getDetail()).isEqualTo("Nothing was found at this address.");
    }

    @Test
    void theValveJsonIsValidJsonForHostileText() throws Exception {
        ProblemDetail p = problems.forStatus(400, "/api/\"x\\", Locale.ENGLISH);
        p.setDetail("a\"b\\c\u0000d\u2028");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Problems.json(p));
        assertThat(tree.path("detail").asText()).isEqualTo("a\"b\\c\u0000d\u2028");
        assertThat(tree.path("status").asInt()).isEqualTo(400);
    }
}
