package cn.zhifa.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the web layer as {@code application/problem+json} in the caller's language (zh-CN unless
 * {@code Accept-Language: en}): refusals of the services ({@link DomainException}), invalid requests with the path of
 * every offending field ({@code errors[].field}), unreadable bodies, Spring MVC's own errors (405, 406, 415, missing
 * parameters, …) and, last, unexpected exceptions — logged with an id and answered 500 with that id, never a stack.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final Problems problems;
    private final Messages messages;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
        this.messages = problems.messages();
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> refused(DomainException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail p = problems.of(status.value(), e.code(), messages.of(e, locale), Problems.path(request), locale);
        p.setTitle(messages.get("problem." + e.kind().name(), locale));
        return problem(p, null);
    }

    /** Also a form body whose parameter names the firewall rejects (read only when the body is bound): a 400. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class,
            org.springframework.security.web.firewall.RequestRejectedException.class})
    ResponseEntity<Object> unreadable(Exception e, HttpServletRequest request, Locale locale) {
        ProblemDetail p = problems.of(400, "request.unreadable", messages.get("problem.unreadable", locale),
                Problems.path(request), locale);
        if (e instanceof MethodArgumentTypeMismatchException m) {
            p.setProperty("errors", List.of(error(m.getName(), "typeMismatch",
                    messages.get("validation.typeMismatch", locale))));
        }
        return problem(p, null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request,
            Locale locale) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(error(v.getPropertyPath().toString(), constraintName(v), message(v, locale)));
        }
        return invalid(errors, Problems.path(request), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request, Locale locale) {
        return problem(problems.of(403, "auth.forbidden", messages.get("problem.http.403", locale),
                Problems.path(request), locale), null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e, HttpServletRequest request, Locale locale) {
        return problem(problems.forStatus(401, Problems.path(request), locale), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (isClientAbort(e)) {
            LOG.debug("client went away: {}", e.toString());
            return null;
        }
        String id = Problems.newErrorId();
        LOG.error("Unexpected error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail p = problems.of(500, "server.error", messages.get("problem.http.500", locale, id),
                Problems.path(request), locale);
        p.setProperty("errorId", id);
        return problem(p, null);
    }

    // ---- Spring MVC's own exceptions ---------------------------------------------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ObjectError e : ex.getBindingResult().getAllErrors()) {
            String field = e instanceof FieldError f ? f.getField() : e.getObjectName();
            errors.add(error(field, e.getCode(), message(e, locale)));
        }
        return invalid(errors, path(request), locale);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getAllValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            for (MessageSourceResolvable e : r.getResolvableErrors()) {
                String field = e instanceof FieldError f ? name + "." + f.getField() : name;
                String code = e.getCodes() == null || e.getCodes().length == 0 ? "invalid"
                        : e.getCodes()[e.getCodes().length - 1];
                errors.add(error(field, code, message(e, locale)));
            }
        });
        return invalid(errors, path(request), locale);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof HttpGuardFilter.BodyTooLargeException) {
                return problem(problems.forStatus(413, path(request), locale), null);
            }
        }
        ProblemDetail p = problems.of(400, "request.unreadable", messages.get("problem.unreadable", locale),
                path(request), locale);
        if (ex.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            p.setProperty("errors", List.of(error(jsonPath(m), "unreadable",
                    messages.get("validation.unreadable", locale))));
        }
        return problem(p, headers);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = problems.forStatus(statusCode.value(), path(request), locale);
        if (statusCode.value() >= 500) {
            String id = Problems.newErrorId();
            LOG.error("Error {} on {}", id, path(request), ex);
            p.setProperty("errorId", id);
        }
        return problem(p, headers);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private ResponseEntity<Object> invalid(List<Map<String, Object>> errors, String path, Locale locale) {
        StringBuilder detail = new StringBuilder(messages.get("validation.summary", locale, errors.size()));
        for (Map<String, Object> e : errors) {
            detail.append(messages.get("validation.item", locale, e.get("field"), e.get("message")));
        }
        ProblemDetail p = problems.of(400, "request.invalid", detail.toString(), path, locale);
        p.setProperty("errors", errors);
        return problem(p, null);
    }

    private static ResponseEntity<Object> problem(ProblemDetail p, @Nullable HttpHeaders headers) {
        HttpHeaders h = new HttpHeaders();
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(k) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(k)) {
                    h.put(k, v);
                }
            });
        }
        h.setContentType(PROBLEM);
        return ResponseEntity.status(p.getStatus()).headers(h).body(p);
    }

    private static Map<String, Object> error(String field, String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("code", code);
        m.put("message", message);
        return m;
    }

    /** The constraint's message in the caller's language, from the bundles (key {@code validation.<Constraint>}). */
    private String message(MessageSourceResolvable e, Locale locale) {
        ConstraintViolation<?> v = null;
        if (e instanceof ObjectError oe && oe.contains(ConstraintViolation.class)) {
            v = oe.unwrap(ConstraintViolation.class);
        }
        if (v != null) {
            return message(v, locale);
        }
        String code = e.getCodes() == null || e.getCodes().length == 0 ? "invalid"
                : e.getCodes()[e.getCodes().length - 1];
        return constraintMessage(code, Map.of(), locale);
    }

    private String message(ConstraintViolation<?> v, Locale locale) {
        return constraintMessage(constraintName(v), v.getConstraintDescriptor().getAttributes(), locale);
    }

    private String constraintMessage(String constraint, Map<String, Object> a, Locale locale) {
        String key = "validation." + constraint;
        String text = switch (constraint) {
            case "Size" -> messages.get(key, locale, a.get("min"), a.get("max"));
            case "Digits" -> messages.get(key, locale, a.get("integer"), a.get("fraction"));
            case "Min", "Max", "DecimalMin", "DecimalMax" -> messages.get(key, locale, String.valueOf(a.get("value")));
            case "Plausible" -> messages.get(key, locale, a.get("min"), a.get("max"));
            default -> messages.get(key, locale);
        };
        return text.equals(key) ? messages.get("validation.invalid", locale) : text;
    }

    private static String constraintName(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static String jsonPath(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.toString();
    }

    private static String path(WebRequest request) {
        if (request instanceof NativeWebRequest n && n.getNativeRequest() instanceof HttpServletRequest r) {
            return Problems.path(r);
        }
        return request instanceof ServletWebRequest s ? s.getRequest().getRequestURI() : null;
    }

    private static boolean isClientAbort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || (t instanceof IOException io && io.getMessage() != null
                            && (io.getMessage().contains("Broken pipe") || io.getMessage().contains("reset by peer")))) {
                return true;
            }
        }
        return false;
    }
}
