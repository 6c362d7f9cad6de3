package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseMaterial;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The evidence list of the case material beside the approval forms: each item's name, kind and capture time, a
 * thumbnail for images and the recorded evidence endpoint to open it (every view lands in the record).
 */
@Component
class EvidenceMaterial implements CaseMaterial.Contributor {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EvidenceService evidence;
    private final Messages messages;

    EvidenceMaterial(EvidenceService evidence, Messages messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public Optional<CaseMaterial.Section> section(Actor actor, CaseFile caseFile, Locale locale) {
        if (caseFile.filedDate() == null && caseFile.facts() == null) {
            return Optional.empty();
        }
        List<Evidence> items = evidence.list(actor, caseFile.id());
        List<CaseMaterial.Line> lines = new ArrayList<>();
        for (Evidence e : items) {
            String text = messages.get("material.evidenceItem", locale, e.fileName(),
                    messages.get("evidence.kind." + e.kind().name(), locale),
                    e.capturedAt() == null ? "—" : AT.format(e.capturedAt()))
                    + (e.withdrawn() ? " · " + messages.get("material.evidenceWithdrawn", locale,
                    e.withdrawalReason()) : "");
            lines.add(new CaseMaterial.Line(null, text, "evidence-files/" + e.id(),
                    e.isImage() && !e.withdrawn() ? "evidence-files/" + e.id() + "?thumbnail=true" : null));
        }
        if (lines.isEmpty()) {
            lines.add(new CaseMaterial.Line(null, messages.get("material.evidenceNone", locale)));
        }
        return Optional.of(new CaseMaterial.Section("evidence",
                messages.get("material.section.evidence", locale, items.size()), lines));
    }
}
