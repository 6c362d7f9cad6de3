package cn.zhifa.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses (406) a REST call whose {@code Accept} header rules out JSON <em>before</em> the handler runs: Spring
 * negotiates the answer's type only after the handler has done its work, so a claim or a step completion asked for
 * with {@code Accept: text/csv} would have been carried out and then answered "not acceptable". Handlers that declare
 * their own {@code produces} or stream files (evidence content, exports) are left to Spring.
 */
@Configuration(proxyBeanMethods = false)
class AcceptGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || !(handler instanceof HandlerMethod m) || !producesJson(m)) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException malformed) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        for (MediaType a : accepted) {
            for (MediaType json : JSON) {
                if (a.isCompatibleWith(json)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(JSON);
    }

    private static boolean producesJson(HandlerMethod m) {
        if (m.getBeanType() == ApiFallbackController.class) {
            return false;
        }
        RequestMapping rm = m.getMethodAnnotation(RequestMapping.class);
        if (rm == null) {
            rm = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(m.getMethod(),
                    RequestMapping.class);
        }
        if (rm != null && rm.produces().length > 0) {
            return false;
        }
        Class<?> type = m.getReturnType().getParameterType();
        if (Resource.class.isAssignableFrom(type) || type == byte[].class) {
            return false;
        }
        if (HttpEntity.class.isAssignableFrom(type)) {
            var generic = m.getReturnType().getGenericParameterType();
            return !(generic instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> body
                    && (Resource.class.isAssignableFrom(body) || body == byte[].class));
        }
        return true;
    }
}
