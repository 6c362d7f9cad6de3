package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The deadlock victim's transaction is run again, only when that is safe (outermost, no stream, a transient cause). */
class TransientRetryTest {

    /** A service whose call fails {@code failures} times with {@code failure}, then answers. */
    @Transactional
    public static class Flaky {
        final AtomicInteger calls = new AtomicInteger();
        int failures;
        RuntimeException failure;

        public String work(String in) {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return in + " done";
        }

        public int read(InputStream in) {
            calls.incrementAndGet();
            throw failure;
        }
    }

    private final Flaky target = new Flaky();

    private Flaky proxy() {
        ProxyFactory f = new ProxyFactory(target);
        f.setProxyTargetClass(true);
        f.addAdvisor(TransientRetry.advisor());
        return (Flaky) f.getProxy();
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aDeadlockVictimIsRunAgainWithTheSameArguments() {
        target.failures = 2;
        target.failure = new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null);
        assertThat(proxy().work("lead")).isEqualTo("lead done");
        assertThat(target.calls).hasValue(3);
    }

    @Test
    void aDeadlockWrappedByTheEngineIsRecognisedByItsSqlState() {
        target.failures = 1;
        target.failure = new IllegalStateException("ENGINE-03004 Exception while executing Database Operation",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
        assertThat(proxy().work("x")).isEqualTo("x done");
        assertThat(target.calls).hasValue(2);
    }

    @Test
    void afterThreeAttemptsTheFailureReachesTheCaller() {
        target.failures = 5;
        target.failure = new DeadlockLoserDataAccessException("deadlock", null);
        assertThatThrownBy(() -> proxy().work("x")).isSameAs(target.failure);
        assertThat(target.calls).hasValue(TransientRetry.ATTEMPTS);
    }

    @Test
    void aRefusalOrAnyOtherFailureIsNotRetried() {
        target.failures = 1;
        target.failure = DomainException.conflict("case.concurrentChange");
        assertThatThrownBy(() -> proxy().work("x")).isSameAs(target.failure);
        assertThat(target.calls).hasValue(1);
    }

    @Test
    void insideAnOuterTransactionTheCallerDecides() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        target.failures = 1;
        target.failure = new DeadlockLoserDataAccessException("deadlock", null);
        assertThatThrownBy(() -> proxy().work("x")).isSameAs(target.failure);
        assertThat(target.calls).hasValue(1);
    }

    @Test
    void aCallThatReadsAStreamIsNotRetried() {
        target.failure = new DeadlockLoserDataAccessException("deadlock", null);
        assertThatThrownBy(() -> proxy().read(new ByteArrayInputStream(new byte[] {1}))).isSameAs(target.failure);
        assertThat(target.calls).hasValue(1);
    }
}
