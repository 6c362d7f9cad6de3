package cn.zhifa.shared;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction the database chose as a deadlock's victim (InnoDB: error 1213, SQLSTATE 40001) or that waited too long
 * for a lock (1205) was rolled back as a whole: the outermost {@code @Transactional} service call is run again, up to
 * {@link #ATTEMPTS} times with a short random pause, as InnoDB's documentation asks of its clients. Two nodes on one
 * database (or two officers on one counter row) meet such victims now and then under load; without this the user
 * would see a server error for a race the database itself resolved. Only the outermost call retries (an inner one's
 * rollback belongs to its caller), and never a call that reads a stream (it cannot be read twice). Ordered after the
 * permission check and before the transaction, so each attempt is a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
public class TransientRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(TransientRetry.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientRetryAdvisor() {
        return advisor();
    }

    /** The advisor (also for tests that proxy a bean by hand). */
    public static Advisor advisor() {
        Pointcut transactional = new ComposablePointcut(AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection((ClassFilter) c -> c.getName().startsWith("cn.zhifa."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional,
                (MethodInterceptor) TransientRetry::invoke);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return advisor;
    }

    private static Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || readsStream(invocation)) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                // each attempt from the same arguments (a copy of the invocation: proceed() runs the chain once)
                return ((org.springframework.aop.ProxyMethodInvocation) invocation).invocableClone().proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                Method m = invocation.getMethod();
                LOG.warn("{}.{}: the database rolled the transaction back ({}); attempt {} of {}",
                        m.getDeclaringClass().getSimpleName(), m.getName(), firstSqlMessage(e), attempt + 1, ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
            }
        }
    }

    private static boolean readsStream(MethodInvocation invocation) {
        for (Class<?> t : invocation.getMethod().getParameterTypes()) {
            if (InputStream.class.isAssignableFrom(t)) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock victim or a lock wait timeout, anywhere in the cause chain (MyBatis, Spring or the engine wrap it). */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213
                    || s.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static String firstSqlMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return t.getMessage();
            }
        }
        return e.toString();
    }
}
