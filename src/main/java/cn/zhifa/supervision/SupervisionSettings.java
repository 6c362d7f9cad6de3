package cn.zhifa.supervision;

import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The supervision periods, each counted on the one working-day calendar: objection to a review report and its
 * re-check (Guangdong 《行政执法案卷评查办法》 Art. 12: 10 working days each), the default rectification period (督察建议书:
 * 30 days, Art. 19) and the reply period of a supervision letter.
 */
@Component
public class SupervisionSettings {

    private final WorkingDayCalendar calendar;
    private final Period objection;
    private final Period recheck;
    private final Period rectification;
    private final Period letterReply;

    SupervisionSettings(WorkingDayCalendar calendar,
            @Value("${zhifa.supervision.objection-period:10 WORKING_DAYS}") String objection,
            @Value("${zhifa.supervision.recheck-period:10 WORKING_DAYS}") String recheck,
            @Value("${zhifa.supervision.rectification-period:30 CALENDAR_DAYS}") String rectification,
            @Value("${zhifa.supervision.letter-reply-period:10 WORKING_DAYS}") String letterReply) {
        this.calendar = calendar;
        this.objection = Period.parse(objection);
        this.recheck = Period.parse(recheck);
        this.rectification = Period.parse(rectification);
        this.letterReply = Period.parse(letterReply);
    }

    public LocalDate objectionDue(LocalDate reportIssued) {
        return calendar.due(reportIssued, objection).date();
    }

    public LocalDate recheckDue(LocalDate objectionFiled) {
        return calendar.due(objectionFiled, recheck).date();
    }

    public LocalDate rectificationDue(LocalDate from) {
        return calendar.due(from, rectification).date();
    }

    public LocalDate letterReplyDue(LocalDate sent) {
        return calendar.due(sent, letterReply).date();
    }
}
