package cn.zhifa.publication;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.support.CaseFiles;
import java.math.BigDecimal;
import java.util.List;

/** Decided cases with the parties and facts a publication test needs, reached through the real steps. */
final class PublicationFixtures {

    static final String FACTS = "经查，当事人王小明（身份证号110105199001011234，手机13800138000）于朝阳路1号门前占道经营，"
            + "其住址：北京市朝阳区幸福路8号院2号楼301室。";

    private PublicationFixtures() {
    }

    static Party person(String name, String idNo) {
        return new Party(PartyKind.NATURAL_PERSON, name, IdType.ID_CARD, idNo, "13800138000",
                "北京市朝阳区幸福路8号院2号楼301室");
    }

    static Party company(String name) {
        return new Party(PartyKind.ORGANIZATION, name, IdType.CREDIT_CODE, "91110105MA01ABCD2X", "010-65123456",
                "北京市朝阳区工体北路1号");
    }

    /** Lead → … → decision (by head1), with the given party, facts and outcome; decided today. */
    static CaseFile decided(CaseFiles f, CaseFileService cases, Party party, String facts, OutcomeType outcome) {
        NewLead lead = new NewLead(LeadSource.INSPECTION, "巡查发现占道经营", "朝阳路1号", f.today(), f.today(), null,
                List.of(party));
        CaseFile c = cases.registerLead(f.actor("officer1"), lead);
        f.step(c.id(), "officer1", f.verifyToFile());
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        f.step(c.id(), "officer1", new StepPayload.Investigate(facts,
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        boolean fine = outcome == OutcomeType.FINE;
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(outcome, fine ? CaseFiles.FINE : null, null,
                "责令立即改正", "一般情形", false, null, false)));
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        BigDecimal amount = fine ? CaseFiles.FINE : null;
        // 不予处罚 comes with the record of educating the party (行政处罚法 Art. 33 ¶3)
        String education = outcome == OutcomeType.NO_PENALTY ? "已当场对当事人进行法治教育，当事人表示今后守法经营" : null;
        return f.step(c.id(), "head1", new StepPayload.Decision(outcome, amount, null, "责令立即改正", f.today(),
                education));
    }
}
