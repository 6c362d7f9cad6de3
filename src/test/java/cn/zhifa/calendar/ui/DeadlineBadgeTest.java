package cn.zhifa.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.ui.DeadlineBadge.DaysLeft;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeadlineBadgeTest {

    @Test
    void lightsMapToThemeClasses() {
        assertThat(DeadlineBadge.lightClass(DeadlineLight.GREEN)).isEqualTo("zhifa-light-green");
        assertThat(DeadlineBadge.lightClass(DeadlineLight.YELLOW)).isEqualTo("zhifa-light-yellow");
        assertThat(DeadlineBadge.lightClass(DeadlineLight.RED)).isEqualTo("zhifa-light-red");
    }

    @Test
    void daysLeftTextFollowsTheLightAndTheCount() {
        assertThat(DeadlineBadge.daysLeft(DeadlineLight.GREEN, 12)).isEqualTo(new DaysLeft("ui.deadline.daysLeft", 12));
        assertThat(DeadlineBadge.daysLeft(DeadlineLight.YELLOW, 1)).isEqualTo(new DaysLeft("ui.deadline.daysLeft", 1));
        assertThat(DeadlineBadge.daysLeft(DeadlineLight.YELLOW, 0)).isEqualTo(new DaysLeft("ui.deadline.dueToday", 0));
        assertThat(DeadlineBadge.daysLeft(DeadlineLight.RED, -3))
                .isEqualTo(new DaysLeft("ui.deadline.overdueDays", 3));
        // overdue on a weekend after a Friday deadline: no working day has passed yet, but it is overdue
        assertThat(DeadlineBadge.daysLeft(DeadlineLight.RED, 0)).isEqualTo(new DaysLeft("ui.deadline.overdue", 0));
    }

    @Test
    void everyTextTheBadgeAndTheYearViewUseExistsInBothLanguages() throws Exception {
        for (String bundle : new String[] {"i18n/ui_zh_CN.properties", "i18n/ui_en.properties"}) {
            Properties p = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : new String[] {"ui.deadline.daysLeft", "ui.deadline.dueToday", "ui.deadline.overdue",
                    "ui.deadline.overdueDays", "ui.deadline.unconfirmed"}) {
                assertThat(p).as(bundle).containsKey(key);
            }
            for (DeadlineLight l : DeadlineLight.values()) {
                assertThat(p).as(bundle).containsKey("ui.light." + l.name());
            }
            for (DayCell c : DayCell.values()) {
                assertThat(p).as(bundle).containsKey("ui.calendar.cell." + c.name());
            }
            for (int d = 1; d <= 7; d++) {
                assertThat(p).as(bundle).containsKey("ui.calendar.weekday." + d);
            }
        }
    }
}
