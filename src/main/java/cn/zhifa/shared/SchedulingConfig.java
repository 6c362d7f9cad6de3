package cn.zhifa.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Daily checks (e.g. the missing-calendar warning); off in tests with {@code zhifa.scheduling=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "zhifa.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
