package cn.zhifa.shared;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.auth.RoutePathAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors, one set of users: the REST API under {@code /api} with HTTP Basic (stateless, no CSRF since no
 * cookies), and the Vaadin screens with a login form. Public pages and the OpenAPI document need no login.
 * Authorisation itself happens in the services (roles, separation of duties, data scope).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig extends VaadinWebSecurity {

    /** The public pages are plain server-rendered HTML with inline styles and no script. */
    static final String PUBLIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Problems problems;

    SecurityConfig(Problems problems) {
        this.problems = problems;
    }

    /**
     * The public pages' policy; a page that sets its own keeps it, completed with the directives it lacks
     * ({@code frame-ancestors}, {@code base-uri}, {@code form-action}).
     */
    static void publicCsp(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        String own = response.getHeader("Content-Security-Policy");
        if (own == null || own.isBlank()) {
            response.setHeader("Content-Security-Policy", PUBLIC_CSP);
            return;
        }
        StringBuilder b = new StringBuilder(own.strip());
        for (String directive : new String[] {"form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'"}) {
            if (!own.contains(directive.substring(0, directive.indexOf(' ')))) {
                b.append(b.toString().endsWith(";") ? " " : "; ").append(directive);
            }
        }
        response.setHeader("Content-Security-Policy", b.toString());
    }

    /**
     * Vaadin's navigation access control as by default (role annotations on views, enabled by
     * {@link VaadinWebSecurity}), plus the features' own checkers (beans implementing
     * {@link NavigationAccessChecker}, e.g. the permission matrix on screens that perform one action). The menu is
     * built with the same checks, so it shows only what the user may open.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withAvailableNavigationAccessCheckers(c -> !(c instanceof AnnotatedViewAccessChecker)
                        && !(c instanceof RoutePathAccessChecker))
                .withDecisionResolver(SecurityConfig::denyWins)
                .disabled();
    }

    /**
     * A refusal by any checker wins over a role annotation's allowance (Vaadin's default resolver calls such mixed
     * votes a configuration error); otherwise Vaadin's default resolution.
     */
    static AccessCheckResult denyWins(java.util.List<AccessCheckResult> results, NavigationContext context) {
        return results.stream().filter(r -> r.decision() == AccessCheckDecision.DENY).findFirst()
                .orElseGet(() -> new DefaultAccessCheckDecisionResolver().resolve(results, context));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems)))
                .exceptionHandling(x -> x.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems)))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/public/**", "/images/**", "/icons/**", "/error").permitAll());
        http.headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                PathPatternRequestMatcher.withDefaults().matcher("/public/**"), SecurityConfig::publicCsp)));
        super.configure(http);
        setLoginView(http, "/login");
    }
}
