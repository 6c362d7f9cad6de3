package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.evidence.internal.EvidenceMapper;
import cn.zhifa.evidence.internal.EvidenceRow;
import java.util.List;
import org.springframework.stereotype.Component;

/** The vault's files as case artifacts: the record's verifier re-hashes them, the case export includes them. */
@Component
class EvidenceArtifacts implements CaseArtifacts {

    private final EvidenceMapper mapper;
    private final EvidenceStore store;

    EvidenceArtifacts(EvidenceMapper mapper, EvidenceStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    static String artifactPath(long evidenceId, String fileName) {
        return "evidence/" + evidenceId + "-" + EvidenceFileNames.normalise(fileName).replace(' ', '_');
    }

    @Override
    public List<Artifact> artifacts(long caseId) {
        return mapper.ofCase(caseId).stream().map(this::artifact).toList();
    }

    private Artifact artifact(EvidenceRow r) {
        String path = r.storagePath;
        return new Artifact(artifactPath(r.id, r.fileName), r.sizeBytes, r.sha256, () -> store.open(path));
    }
}
