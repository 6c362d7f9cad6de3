package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseLinks;
import cn.zhifa.evidence.internal.EvidenceMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case workspace links to the case's evidence gallery (the reference is the number of items). */
@Component
class EvidenceCaseLink implements CaseLinks {

    private final EvidenceMapper mapper;

    EvidenceCaseLink(EvidenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<CaseLink> linksOf(long caseId) {
        return List.of(new CaseLink("evidence.link", String.valueOf(mapper.ofCase(caseId).size()),
                "cases/" + caseId + "/evidence"));
    }
}
