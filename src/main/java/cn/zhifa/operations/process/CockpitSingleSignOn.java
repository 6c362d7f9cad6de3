package cn.zhifa.operations.process;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's webapps take the user from the application's login (after the Spring Security filter). */
@Configuration(proxyBeanMethods = false)
class CockpitSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> bean = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        bean.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                CockpitAuthenticationProvider.class.getName()));
        bean.addUrlPatterns("/camunda/*");
        bean.setOrder(101);
        return bean;
    }
}
