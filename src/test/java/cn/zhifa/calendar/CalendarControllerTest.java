package cn.zhifa.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class CalendarControllerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/calendar");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        mvc = MockMvcBuilders.standaloneSetup(new CalendarController(WorkingDayCalendar.officialData(), messages)).build();
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
            "2025-09-26, 7,  WORKING,  WORKING,  2025-10-13, true",
            "2025-09-20, 15, CALENDAR, CALENDAR, 2025-10-09, true",
            "2026-01-05, 90, calendar, CALENDAR, 2026-04-07, true",
            "2026-02-12, 5,  working,  WORKING,  2026-02-26, true",
            "2026-12-31, 1,  WORKING,  WORKING,  2027-01-01, false",
    })
    void due(String from, int days, String unit, String canonical, String due, boolean confirmed) throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", from).param("days", String.valueOf(days)).param("unit", unit))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.from").value(from))
                .andExpect(jsonPath("$.days").value(days))
                .andExpect(jsonPath("$.unit").value(canonical))
                .andExpect(jsonPath("$.due").value(due))
                .andExpect(jsonPath("$.confirmed").value(confirmed));
    }

    @Test
    void workingDay() throws Exception {
        mvc.perform(get("/api/calendar/working-day").param("date", "2025-10-11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-10-11"))
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.kind").value("MAKEUP_WORKDAY"))
                .andExpect(jsonPath("$.name").value("国庆节、中秋节补班"))
                .andExpect(jsonPath("$.confirmed").value(true));
        mvc.perform(get("/api/calendar/working-day").param("date", "2027-03-06"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.kind").value("NORMAL"))
                .andExpect(jsonPath("$.confirmed").value(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "from=2025-13-01&days=7&unit=WORKING   | from | Parameter from is not a valid date",
            "from=yesterday&days=7&unit=WORKING    | from | Parameter from is not a valid date",
            "from=1999-12-31&days=7&unit=WORKING   | from | outside the supported years 2000 to 2100",
            "from=2025-09-26&days=0&unit=WORKING   | days | Parameter days must be a whole number from 1 to 3660: 0",
            "from=2025-09-26&days=-3&unit=WORKING  | days | from 1 to 3660: -3",
            "from=2025-09-26&days=seven&unit=WORKING | days | from 1 to 3660: seven",
            "from=2025-09-26&days=99999&unit=WORKING | days | from 1 to 3660: 99999",
            "from=2025-09-26&days=7&unit=HOURS     | unit | Parameter unit must be WORKING or CALENDAR: HOURS",
            "days=7&unit=WORKING                   | from | Missing parameter from",
            "from=2025-09-26&days=7                | unit | Missing parameter unit",
    })
    void badParametersAreProblemDetails(String query, String parameter, String message) throws Exception {
        mvc.perform(get("/api/calendar/due?" + query.strip()).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid request parameter"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(message.strip())));
    }

    @Test
    void problemInChineseByDefault() throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", "2025-09-26").param("days", "7").param("unit", "WEEKS")
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求参数错误"))
                .andExpect(jsonPath("$.detail").value("参数 unit 应为 WORKING（工作日）或 CALENDAR（自然日）：WEEKS"));
        mvc.perform(get("/api/calendar/working-day").param("date", "2025/10/11").locale(Locale.FRENCH))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("参数 date 不是有效日期（格式应为 YYYY-MM-DD）：2025/10/11"));
    }
}
