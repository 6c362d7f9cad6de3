package cn.zhifa.operations;

import cn.zhifa.operations.internal.OperationsMapper;
import cn.zhifa.operations.process.OpenTasks;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business gauges for Prometheus: open tasks, overdue deadlines, evidence bytes and files stored (installation-wide,
 * the same on every node: read them with {@code max}, not {@code sum}). Each value is computed at most once per
 * {@code zhifa.metrics.gauge-cache} (default 30 s) so frequent scrapes do not load the database.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OperationsMapper mapper;
    private final OpenTasks openTasks;
    private final Clock clock;
    private final Duration cache;

    OperationsMetrics(OperationsMapper mapper, OpenTasks openTasks, Clock clock,
            @Value("${zhifa.metrics.gauge-cache:30s}") Duration cache) {
        this.mapper = mapper;
        this.openTasks = openTasks;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "zhifa.tasks.open", "open user tasks in the engine (all units)", openTasks::count);
        gauge(registry, "zhifa.deadlines.overdue", "open statutory deadlines past their due date",
                () -> mapper.overdueDeadlines(LocalDate.now(clock.withZone(CHINA))));
        gauge(registry, "zhifa.evidence.stored.bytes", "bytes of evidence recorded in the vault",
                mapper::evidenceBytes);
        gauge(registry, "zhifa.evidence.stored.files", "evidence files recorded in the vault", mapper::evidenceFiles);
    }

    private void gauge(MeterRegistry registry, String name, String help, LongSupplier query) {
        Cached c = new Cached(query, cache.toMillis());
        Gauge.builder(name, c, Cached::value).description(help).strongReference(true).register(registry);
    }

    /** A value recomputed at most once per interval; the last value is kept when the query fails. */
    private static final class Cached {
        private final LongSupplier query;
        private final long ttlMillis;
        private final AtomicLong value = new AtomicLong(-1);
        private volatile long at;

        Cached(LongSupplier query, long ttlMillis) {
            this.query = query;
            this.ttlMillis = ttlMillis;
        }

        synchronized double value() {
            long now = System.currentTimeMillis();
            if (value.get() < 0 || now - at >= ttlMillis) {
                try {
                    value.set(query.getAsLong());
                    at = now;
                } catch (RuntimeException e) {
                    LOG.warn("metric query failed: {}", e.toString());
                }
            }
            return value.get();
        }
    }
}
