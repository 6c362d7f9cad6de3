package cn.zhifa.complaint;

import cn.zhifa.casefile.CaseLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a case's workspace: the complaints it came from (诉转案) or settled (简易程序). */
@Component
class ComplaintCaseLinks implements CaseLinks {

    private final ComplaintService complaints;

    ComplaintCaseLinks(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public List<CaseLink> linksOf(long caseId) {
        return complaints.ofCase(caseId).stream()
                .map(c -> new CaseLink("daily.link.complaint", c.complaintNo(), "complaints/" + c.id())).toList();
    }
}
