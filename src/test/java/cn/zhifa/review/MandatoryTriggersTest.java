package cn.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 国办发〔2022〕27号 §十二: the benchmark-departure trigger stays on whatever the deployment lists. */
class MandatoryTriggersTest {

    private static ReviewSettings settings(List<DeliberationTrigger> triggers) {
        BigDecimal t = new BigDecimal("5000");
        return new ReviewSettings(t, t, t, t, List.of(OutcomeType.SUSPENSION), triggers);
    }

    @Test
    void anEmptyOrPartialListKeepsTheBenchmarkDeparture() {
        assertThat(settings(List.of()).triggers()).containsExactly(DeliberationTrigger.BENCHMARK_DEPARTURE);
        assertThat(settings(List.of(DeliberationTrigger.SECOND_EXTENSION)).triggers())
                .containsExactlyInAnyOrder(DeliberationTrigger.SECOND_EXTENSION, DeliberationTrigger.BENCHMARK_DEPARTURE);
    }
}
