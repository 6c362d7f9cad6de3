package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseEvidence;
import cn.zhifa.evidence.internal.EvidenceMapper;
import org.springframework.stereotype.Component;

/** The vault's answer to {@link CaseEvidence}. */
@Component
class EvidenceCounts implements CaseEvidence {

    private final EvidenceMapper mapper;

    EvidenceCounts(EvidenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int activeCount(long caseId) {
        return mapper.countActive(caseId);
    }
}
