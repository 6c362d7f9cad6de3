package cn.zhifa.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals of the REST API as {@code application/problem+json}, with the message in zh-CN or en. */
@RestControllerAdvice(basePackages = "cn.zhifa")
class ApiExceptionHandler {

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.of(e, locale));
        p.setTitle(messages.get("problem." + e.kind().name(), locale));
        p.setType(URI.create("urn:zhifa:" + e.code()));
        p.setProperty("code", e.code());
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
        MethodArgumentNotValidException.class, IllegalArgumentException.class})
    ProblemDetail unreadable(Exception e, HttpServletRequest request, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("problem.unreadable", locale));
        p.setTitle(messages.get("problem.INVALID", locale));
        p.setType(URI.create("urn:zhifa:request.unreadable"));
        p.setProperty("code", "request.unreadable");
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }
}
