package cn.zhifa.record;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's client address and User-Agent into {@link RequestOrigin} for every servlet request — the REST
 * API, Vaadin's requests and the public pages alike. Behind a proxy set {@code server.forward-headers-strategy} so
 * the address is the client's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            agent = "unknown";
        } else if (agent.length() > 255) {
            agent = agent.substring(0, 255);
        }
        RequestOrigin.set(new RequestOrigin(request.getRemoteAddr(), agent));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }
}
