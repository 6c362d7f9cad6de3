package cn.zhifa.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.ClockEventKind;
import cn.zhifa.casefile.PreservationOutcome;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CaseClockSectionTest {

    @Test
    void aHandlerCannotChooseLapsedWhichOnlyTheEngineRecordsNorRefusedWhichOnlyTheHeadRecords() {
        assertThat(PreservationSection.decidableOutcomes())
                .doesNotContain(PreservationOutcome.LAPSED, PreservationOutcome.REFUSED)
                .hasSize(PreservationOutcome.values().length - 2);
    }

    @Test
    void everyClockEventAndOutcomeHasALabelInBothLanguages() throws Exception {
        for (String bundle : new String[] {"i18n/ui_zh_CN.properties", "i18n/ui_en.properties"}) {
            Properties p = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ClockEventKind k : ClockEventKind.values()) {
                assertThat(p).as(bundle).containsKey("ui.clockEvent." + k.name());
            }
            for (PreservationOutcome o : PreservationOutcome.values()) {
                assertThat(p).as(bundle).containsKey("ui.preservationOutcome." + o.name());
            }
            for (cn.zhifa.casefile.SeizureOutcome o : cn.zhifa.casefile.SeizureOutcome.values()) {
                assertThat(p).as(bundle).containsKey("ui.seizureOutcome." + o.name());
            }
            for (cn.zhifa.casefile.SeizureKind k : cn.zhifa.casefile.SeizureKind.values()) {
                assertThat(p).as(bundle).containsKey("ui.seizureKind." + k.name());
            }
            for (String action : new String[] {"CLOCK_PAUSED", "CLOCK_RESUMED", "CLOCK_EXTENDED", "DEADLINE_CHANGED",
                    "EVIDENCE_PRESERVED", "PRESERVATION_DECIDED", "PRESERVATION_LAPSED", "PRESERVATION_REQUESTED",
                    "PRESERVATION_URGENT", "PRESERVATION_APPROVED", "PRESERVATION_REFUSED", "PRESERVATION_RELEASED",
                    "SEIZURE_DECIDED", "SEIZURE_EXTENDED", "SEIZURE_RELEASED", "SEIZURE_CONFISCATED",
                    "SEIZURE_DESTROYED"}) {
                assertThat(p).as(bundle).containsKey("ui.action." + action);
            }
        }
    }
}
