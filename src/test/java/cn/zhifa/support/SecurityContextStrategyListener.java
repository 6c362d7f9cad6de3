package cn.zhifa.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the JVM-wide {@link SecurityContextHolder} at the security context strategy of the application context the
 * current test runs against. Vaadin's {@code VaadinAwareSecurityContextHolderStrategyConfiguration} creates one
 * strategy per application context — each with its own thread-local — and installs it with the static
 * {@code SecurityContextHolder.setContextHolderStrategy}: the last context started wins. The test framework caches
 * contexts, so after a test with another configuration (e.g. {@code OperationsCheck}, with its own context) the
 * tests that go back to an earlier context had their requests authenticated into that context's strategy while
 * {@code CurrentActor} read the newer one — empty: 403 {@code auth.required}. One application per JVM (production)
 * never has two strategies. Registered for every Spring test in META-INF/spring.factories.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        point(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        point(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        point(testContext);
    }

    private static void point(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
