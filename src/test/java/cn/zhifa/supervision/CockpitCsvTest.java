package cn.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV of the cockpit: BOM for spreadsheets, quoting, and formula injection neutralised. */
class CockpitCsvTest {

    @Test
    void figuresAndDrillListsAsCsv() {
        String csv = CockpitService.csv(new Cockpit.Figure(Cockpit.Chart.OPEN_BY_STAGE, List.of(
                new Cockpit.Row("INVESTIGATION", "调查取证", "cases", new BigDecimal("12")))));
        assertThat(csv).startsWith("\uFEFFkey,label,series,value\n").contains("INVESTIGATION,调查取证,cases,12\n");
        String drill = CockpitService.csv(List.of(new Cockpit.DrillRow(7, "朝综执立字〔2026〕第0001号", 2,
                "=HYPERLINK(\"x\")", "INVESTIGATION", "RED 0, late", LocalDate.of(2026, 3, 2))));
        assertThat(drill).contains("7,朝综执立字〔2026〕第0001号,2,\"'=HYPERLINK(\"\"x\"\")\",INVESTIGATION,"
                + "\"RED 0, late\",2026-03-02\n");
    }
}
