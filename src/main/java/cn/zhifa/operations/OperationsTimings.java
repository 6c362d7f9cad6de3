package cn.zhifa.operations;

import cn.zhifa.casefile.StepPayload;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.record.Verification;
import cn.zhifa.shared.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

/**
 * Per-node business timers and counters, measured at the service boundary by advice (the services stay unaware):
 * <ul>
 * <li>{@code zhifa.step.completion} — latency of completing an ordinary-procedure step, tagged {@code step} (the
 * payload type, one per user task) and {@code outcome} ({@code ok}, {@code refused} for a DomainException,
 * {@code error}); published with percentiles histogram for Prometheus;</li>
 * <li>{@code zhifa.record.verifications} — record-chain checks, tagged {@code result} {@code ok}/{@code failed};</li>
 * <li>{@code zhifa.evidence.ingested.bytes} — evidence bytes ingested by this node.</li>
 * </ul>
 */
@Aspect
@Component
class OperationsTimings {

    private final MeterRegistry registry;
    private final Counter ingestedBytes;

    OperationsTimings(MeterRegistry registry) {
        this.registry = registry;
        this.ingestedBytes = Counter.builder("zhifa.evidence.ingested.bytes").baseUnit("bytes")
                .description("evidence bytes ingested by this node").register(registry);
    }

    @Around("execution(* cn.zhifa.casefile.CaseWorkflowService.complete(..)) && args(actor, taskId, payload)")
    public Object timeStep(ProceedingJoinPoint pjp, Object actor, String taskId, StepPayload payload)
            throws Throwable {
        String step = payload == null ? "none" : payload.getClass().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            Object result = pjp.proceed();
            outcome = "ok";
            return result;
        } catch (DomainException e) {
            outcome = "refused";
            throw e;
        } finally {
            sample.stop(Timer.builder("zhifa.step.completion").description("completing a case step")
                    .tag("step", step).tag("outcome", outcome).publishPercentileHistogram()
                    .register(registry));
        }
    }

    @AfterReturning(pointcut = "execution(cn.zhifa.record.Verification cn.zhifa.record.RecordService.*(..))",
            returning = "v")
    public void countVerification(Verification v) {
        registry.counter("zhifa.record.verifications", "result", v.ok() ? "ok" : "failed").increment();
    }

    @AfterReturning(pointcut = "execution(cn.zhifa.evidence.Evidence cn.zhifa.evidence.EvidenceService.ingest(..))",
            returning = "e")
    public void countIngest(Evidence e) {
        ingestedBytes.increment(e.size());
    }
}
