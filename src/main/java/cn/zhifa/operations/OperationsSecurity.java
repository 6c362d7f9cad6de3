package cn.zhifa.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors besides the application's own (decision 0019):
 * <ul>
 * <li>the management port (Actuator: health, info, prometheus, integrity) — a separate port bound to loopback by
 * default and never routed by the load balancer; requests arriving on it need no login. The same paths on the
 * public port are not served (they fall into the application's chain: login, then "not found");</li>
 * <li>the Camunda webapps under {@code /camunda/**} — ADMIN only, after the application's own login (same session);
 * others get 403, the anonymous a redirect to {@code /login}. Camunda's own CSRF filter protects them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    /** The port the management server actually listens on (0 until it started, -1 when not separate). */
    static final class ManagementPort implements RequestMatcher {
        private volatile int port = -1;

        @EventListener
        void started(WebServerInitializedEvent e) {
            if ("management".equals(e.getApplicationContext().getServerNamespace())) {
                port = e.getWebServer().getPort();
            }
        }

        @Override
        public boolean matches(HttpServletRequest request) {
            return port > 0 && request.getLocalPort() == port;
        }

        int port() {
            return port;
        }
    }

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, ManagementPort port) throws Exception {
        http.securityMatcher(port)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain cockpitChain(HttpSecurity http) throws Exception {
        // an explicit path matcher: the webapps are served by Camunda's filters, not by a Spring MVC handler
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), r -> r.getRequestURI().contains("/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                r -> true))
                // Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN)
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
