package cn.zhifa.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseLinks;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.tasks.InboxService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Complaints on the real schema: duplicate hints, same matter, assignment, 诉转案 linked both ways, reply. */
@IntegrationTest
class ComplaintIT {

    @Autowired ComplaintService complaints;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired List<CaseLinks> links;
    @Autowired CaseFiles f;

    private NewComplaint complaint(String place, String party, String phone) {
        return new NewComplaint(ComplaintChannel.HOTLINE_12345, "GD-" + UUID.randomUUID().toString().substring(0, 8),
                "市民甲", phone, place, party, null, "门店长期占道经营，影响通行", null, null);
    }

    @Test
    void repeatedComplaintsAreHintedAndGroupedAsOneMatter() {
        Actor o1 = f.actor("officer1");
        String place = "朝阳路" + UUID.randomUUID().toString().substring(0, 6) + "号";
        ComplaintReceipt first = complaints.intake(o1, complaint(place, null, "13800000002"));
        assertThat(first.possibleDuplicates()).isEmpty();
        assertThat(first.complaint().complaintNo()).contains("投〔");
        // same place written differently (blanks, punctuation): hinted
        ComplaintReceipt second = complaints.intake(o1, complaint(" " + place.replace("路", "路 ") + "。", null, null));
        assertThat(second.possibleDuplicates()).extracting(Complaint::id).contains(first.complaint().id());
        assertThat(second.complaint().matterId()).isEqualTo(second.complaint().id());
        Complaint linked = complaints.linkToMatter(o1, second.complaint().id(), first.complaint().id());
        assertThat(linked.matterId()).isEqualTo(first.complaint().id());
        // a third names the earlier one at intake
        ComplaintReceipt third = complaints.intake(o1, new NewComplaint(ComplaintChannel.WALK_IN, null, null, null,
                place, null, null, "又来了", null, first.complaint().id()));
        assertThat(complaints.details(o1, first.complaint().id()).sameMatter()).extracting(Complaint::id)
                .containsExactly(first.complaint().id(), second.complaint().id(), third.complaint().id());
        // another unit does not see them
        assertThatThrownBy(() -> complaints.details(f.actor("wj_officer1"), first.complaint().id()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void complaintBecomesAnOrdinaryCaseLinkedBothWaysThenReplied() {
        Actor leader = f.actor("leader1");
        Actor o1 = f.actor("officer1");
        Complaint c = complaints.intake(o1, complaint("望京路1号" + UUID.randomUUID(), "某餐馆", "13800000003"))
                .complaint();
        assertThat(inbox.inbox(leader, "COMPLAINT", 0, 200)).anySatisfy(t -> {
            assertThat(t.caseId()).isEqualTo(c.id());
            assertThat(t.caseNo()).isEqualTo(c.complaintNo());
            assertThat(t.procedureType()).isEqualTo("COMPLAINT");
        });
        assertThatThrownBy(() -> complaints.assign(o1, c.id(), o1.userId(), null)).isInstanceOf(DomainException.class);
        complaints.assign(leader, c.id(), o1.userId(), null);
        assertThat(inbox.inbox(o1, "COMPLAINT", 0, 200)).anyMatch(t -> t.caseId() == c.id()
                && t.taskKey().equals("Task_VerifyComplaint"));
        assertThatThrownBy(() -> complaints.verify(f.actor("officer2"), c.id(),
                new Verification(ComplaintOutcome.CASE, "x", null, List.of()))).isInstanceOf(DomainException.class);

        Complaint verified = complaints.verify(o1, c.id(), new Verification(ComplaintOutcome.CASE,
                "现场核实属实，需立案调查", null, List.of()));
        assertThat(verified.caseId()).isNotNull();
        assertThat(verified.status()).isEqualTo(ComplaintService.REPLYING);
        assertThat(verified.replyDue()).isNotNull();
        CaseFile lead = cases.get(o1, verified.caseId());
        assertThat(lead.leadSource()).isEqualTo(LeadSource.HOTLINE_12345);
        assertThat(lead.stage()).isEqualTo(CaseStage.VERIFICATION);
        assertThat(lead.leadSummary()).contains(c.complaintNo());
        assertThat(complaints.ofCase(lead.id())).extracting(Complaint::id).containsExactly(c.id());
        assertThat(links.stream().flatMap(l -> l.linksOf(lead.id()).stream()))
                .anySatisfy(l -> assertThat(l.route()).isEqualTo("complaints/" + c.id()));
        // the ordinary case's tasks and the complaint's tasks never mix, even with equal ids
        assertThat(inbox.openTasksOfCase(lead.id())).noneMatch(t -> t.procedureType().equals("COMPLAINT"));

        Complaint replied = complaints.reply(o1, c.id(), new ComplaintReply("已立案查处，感谢监督", "PHONE"));
        assertThat(replied.status()).isEqualTo(ComplaintService.CLOSED);
        assertThat(replied.repliedAt()).isNotNull();
        assertThat(inbox.openTasksOfComplaint(c.id())).isEmpty();
        assertThat((Long) complaints.statistics(f.actor("supervisor1"), null, null).get("becameCases"))
                .isGreaterThanOrEqualTo(1L);
    }

    @Test
    void anonymousComplaintClosesWithoutReplyAndTransferMovesTheUnit() {
        Actor leader = f.actor("leader1");
        Complaint c = complaints.intake(f.actor("officer1"), complaint("朝阳门" + UUID.randomUUID(), null, null))
                .complaint();
        assertThat(c.replyRequired()).isFalse();
        long other = f.actor("wj_officer1").unitId();
        complaints.assign(leader, c.id(), null, other);
        assertThat(inbox.inbox(leader, "COMPLAINT", 0, 200)).noneMatch(t -> t.caseId() == c.id());
        Actor wjHead = f.actor("wj_officer1");
        assertThat(complaints.details(wjHead, c.id()).complaint().unitId()).isEqualTo(other);
    }
}
