package cn.zhifa.supervision;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.supervision.Letter.LetterKind;
import cn.zhifa.supervision.Letter.NewLetter;
import cn.zhifa.supervision.Rectification.NewRectification;
import cn.zhifa.supervision.process.RectificationEngine;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rectification runs through bpmn/rectification.bpmn to closure (returned once on the way), each act in the case's
 * record; a supervision letter has its reply deadline and is closed after the reply. Refusals change nothing.
 */
@IntegrationTest
class RectificationAndLettersIT {

    @Autowired CaseFiles f;
    @Autowired RectificationService rectifications;
    @Autowired LetterService letters;
    @Autowired RectificationEngine engine;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    private Actor a(String user) {
        return f.actor(user);
    }

    private List<String> svEntries(long caseId) {
        return jdbc.queryForList("SELECT action FROM case_record WHERE case_id = ? AND action LIKE 'SV%' ORDER BY seq",
                String.class, caseId);
    }

    @Test
    void aRectificationRunsThroughItsProcessToClosure() {
        long caseId = f.anArchivedCase().id();
        long unit = a("officer1").unitId();
        Rectification r = rectifications.issue(a("supervisor1"), new NewRectification(unit, caseId, null,
                "询问笔录未由被询问人逐页签名", "补充签名并完善笔录制作规范", null, null, null));
        assertThat(r.status()).isEqualTo("OPEN");
        assertThat(r.deadline()).isEqualTo(calendar.due(f.today(), Period.days(30)).date());
        assertThat(r.reviewerId()).isEqualTo(a("supervisor1").userId());

        java.util.function.Supplier<Object> state = () -> jdbc.queryForMap(
                "SELECT status, rounds, fix_note FROM sv_rectification WHERE id = ?", r.id());
        // only the unit's team leader and the case's handlers rectify; only the reviewer re-checks; in order
        refused(messages, state, "sv.rect.notCandidate", () -> rectifications.fix(a("officer3"), r.id(), "已整改"));
        refused(messages, state, "sv.rect.wrongStep",
                () -> rectifications.recheck(a("supervisor1"), r.id(), true, "通过"));
        refused(messages, state, "permission.denied", () -> rectifications.issue(a("head1"),
                new NewRectification(unit, caseId, null, "x", null, null, null, null)));

        Rectification fixed = rectifications.fix(a("officer2"), r.id(), "已补充签名");
        assertThat(fixed.status()).isEqualTo("SUBMITTED");
        refused(messages, state, "sv.rect.notReviewer",
                () -> rectifications.recheck(a("wj_head1"), r.id(), true, "通过"));
        refused(messages, state, "field.required",
                () -> rectifications.recheck(a("supervisor1"), r.id(), false, " "));
        Rectification returned = rectifications.recheck(a("supervisor1"), r.id(), false, "第3页仍未签名");
        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.rounds()).isEqualTo(1);

        rectifications.fix(a("leader1"), r.id(), "已逐页签名");
        Rectification closed = rectifications.recheck(a("supervisor1"), r.id(), true, "整改到位");
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.closedOn()).isEqualTo(f.today());
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM sv_rectification WHERE id = ?",
                String.class, r.id());
        assertThat(engine.ended(pid)).isTrue();
        assertThat(svEntries(caseId)).containsExactly("SV_RECTIFICATION_ISSUED", "SV_RECTIFICATION_FIXED",
                "SV_RECTIFICATION_RETURNED", "SV_RECTIFICATION_FIXED", "SV_RECTIFICATION_CLOSED");
        // the candidates were notified
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'SV_RECTIFICATION' "
                + "AND user_id = ? AND subject = ?", Integer.class, a("leader1").userId(), "rect-" + r.id()))
                .isEqualTo(1);
    }

    @Test
    void aLetterHasItsReplyDeadlineAndIsClosedAfterTheReply() {
        long caseId = f.aFiledCase().id();
        long unit = a("officer1").unitId();
        Letter l = letters.send(a("supervisor1"), new NewLetter(LetterKind.URGE, unit, caseId, null,
                "案件办理超期督办", "请于期限内报告办理进度。", null));
        assertThat(l.replyDue()).isEqualTo(calendar.due(f.today(), Period.workingDays(10)).date());
        assertThat(l.status()).isEqualTo("SENT");

        java.util.function.Supplier<Object> state = () -> jdbc.queryForMap(
                "SELECT status, reply FROM sv_letter WHERE id = ?", l.id());
        refused(messages, state, "sv.letter.notReplied", () -> letters.close(a("supervisor1"), l.id()));
        refused(messages, state, "permission.denied", () -> letters.reply(a("officer1"), l.id(), "收到"));
        refused(messages, state, "sv.letter.headsOnly", () -> letters.reply(a("wj_head1"), l.id(), "收到"));
        Letter replied = letters.reply(a("head1"), l.id(), "已部署，三日内办结");
        assertThat(replied.status()).isEqualTo("REPLIED");
        assertThat(replied.overdue()).isFalse();
        refused(messages, state, "sv.letter.notOpen", () -> letters.reply(a("head2"), l.id(), "再次回复"));
        Letter closed = letters.close(a("supervisor1"), l.id());
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(svEntries(caseId)).containsExactly("SV_LETTER_SENT", "SV_LETTER_REPLIED", "SV_LETTER_CLOSED");

        refused(messages, () -> letters.list(a("supervisor1")).size(), "sv.letter.badDue",
                () -> letters.send(a("supervisor1"), new NewLetter(LetterKind.REMINDER, unit, null, null, "提醒",
                        "注意", f.today())));
        // a reminder about a problem, without a case
        assertThat(letters.send(a("supervisor1"), new NewLetter(LetterKind.REMINDER, unit, null, null,
                "执法记录仪使用提醒", "请规范使用执法记录仪。", f.today().plusDays(20))).replyDue())
                .isEqualTo(f.today().plusDays(20));
    }
}
