package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/**
 * 重大案件集体讨论记录 (the minutes) from what was recorded: time, place, presiding head and designated deputy,
 * attendance with reasons for absence, and per case every head's vote and opinion verbatim — dissent included — and
 * the resolution. Always in zh-CN: the minutes are a case document.
 */
final class MinutesWriter {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private MinutesWriter() {
    }

    static String write(Meeting m, String unitName, String presiding, String deputy, Messages messages) {
        StringBuilder b = new StringBuilder();
        b.append("重大案件集体讨论记录\n");
        b.append("单位：").append(unitName).append('\n');
        b.append("时间：").append(MINUTE.format(m.scheduledAt())).append('\n');
        b.append("地点：").append(m.place()).append('\n');
        b.append("主持人：").append(presiding).append('\n');
        if (deputy != null) {
            b.append("主要负责人指定的负责人：").append(deputy).append("（").append(m.deputyNote()).append("）\n");
        }
        b.append("出席负责人：").append(names(m, true, true)).append('\n');
        String absent = m.votingHeads().stream().filter(a -> !a.attended())
                .map(a -> a.name() + "（" + a.absenceReason() + "）").reduce((x, y) -> x + "、" + y).orElse("无");
        b.append("缺席负责人：").append(absent).append('\n');
        // non-voting attendees (handlers report, the legal reviewer gives an opinion) unless recorded absent
        b.append("列席人员：").append(m.attendees().stream()
                .filter(a -> !a.voting() && !Boolean.FALSE.equals(a.present()))
                .map(a -> a.name() + "（" + messages.get("deliberation.role." + a.role().name(), Messages.ZH_CN) + "）")
                .reduce((x, y) -> x + "、" + y).orElse("无")).append('\n');
        for (Meeting.Item i : m.items()) {
            b.append('\n').append("议题").append(i.seq()).append("：").append(i.caseNo() == null ? "" : i.caseNo())
                    .append(' ').append(i.partyName() == null ? "" : i.partyName())
                    .append(i.isExtension() ? "（延长办案期限：提请延长 " + i.requestedDays() + " 日，" + i.requestReason() + "）"
                            : "").append('\n');
            for (Meeting.Vote v : m.votesOf(i.id())) {
                b.append("  ").append(v.voterName()).append("：")
                        .append(messages.get("deliberation.choice." + v.choice().name(), Messages.ZH_CN));
                if (v.outcome() != null) {
                    b.append("（").append(outcome(v.outcome(), v.fine(), v.confiscation(), messages)).append("）");
                }
                if (v.days() != null) {
                    b.append("（延长 ").append(v.days()).append(" 日）");
                }
                b.append("。意见：").append(v.opinion()).append('\n');
            }
            long dissent = m.votesOf(i.id()).stream().filter(v -> v.choice() == VoteChoice.DISAGREE).count();
            b.append("  不同意见：").append(dissent == 0 ? "无" : dissent + " 人（如上原文记录）").append('\n');
            if (i.status() == ItemStatus.ADOPTED && i.isExtension()) {
                b.append("  决议：").append(i.extensionDays() == 0 ? "不予延长办案期限"
                        : "同意延长办案期限 " + i.extensionDays() + " 日").append("（赞成 ").append(i.supportCount())
                        .append(" 人）。").append(i.resolutionText()).append('\n');
            } else if (i.status() == ItemStatus.ADOPTED) {
                b.append("  决议：").append(outcome(i.outcome(), i.fine(), i.confiscation(), messages))
                        .append("（赞成 ").append(i.supportCount()).append(" 人）。").append(i.resolutionText())
                        .append('\n');
            } else {
                b.append("  未形成决议：").append(i.resolutionText()).append('\n');
            }
        }
        b.append("\n出席负责人确认签名：").append(names(m, true, true)).append('\n');
        return b.toString();
    }

    private static String names(Meeting m, boolean voting, boolean present) {
        return m.attendees().stream().filter(a -> a.voting() == voting && a.attended() == present)
                .map(Meeting.Attendee::name).reduce((x, y) -> x + "、" + y).orElse("无");
    }

    static String outcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation, Messages messages) {
        StringBuilder s = new StringBuilder(messages.get("ui.outcome." + type.name(), Messages.ZH_CN));
        if (fine != null && fine.signum() != 0) {
            s.append(' ').append(fine.setScale(2, RoundingMode.HALF_UP).toPlainString()).append(" 元");
        }
        if (confiscation != null && confiscation.signum() != 0) {
            s.append("，没收 ").append(confiscation.setScale(2, RoundingMode.HALF_UP).toPlainString()).append(" 元");
        }
        return s.toString();
    }
}
