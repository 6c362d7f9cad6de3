package cn.zhifa.evidence;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence store on the configured root; leftovers of interrupted uploads are removed when it starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfig {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceConfig.class);

    @Bean
    EvidenceStore evidenceStore(EvidenceSettings settings) throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(settings.getRoot(),
                (int) settings.getBuffer().toBytes());
        int removed = store.removeLeftovers();
        LOG.info("Evidence store at {} ({} leftover upload(s) removed)", store.root(), removed);
        return store;
    }
}
