package cn.zhifa.summary;

import cn.zhifa.casefile.CaseLinks;
import cn.zhifa.summary.internal.SummaryMapper;
import cn.zhifa.summary.internal.SummaryRow;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a summary case's workspace: its on-the-spot decision screen (hand-in, 备案). */
@Component
class SummaryCaseLinks implements CaseLinks {

    private final SummaryMapper mapper;

    SummaryCaseLinks(SummaryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<CaseLink> linksOf(long caseId) {
        SummaryRow r = mapper.find(caseId);
        return r == null ? List.of() : List.of(new CaseLink("daily.link.summary", r.decisionNo, "summary/" + caseId));
    }
}
