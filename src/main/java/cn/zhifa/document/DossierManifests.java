package cn.zhifa.document;

import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a case into its {@link DossierManifest}: the latest version of every generated document in archive order
 * (category, then as produced), the evidence list placed before the first part of a later category, the cover and
 * the 备考表 — as the case stands now (at 归档: as it is archived).
 */
@Component
class DossierManifests {

    private final CaseFileService cases;
    private final EvidenceService evidence;
    private final DocumentMapper mapper;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;
    private final String retention;
    private final UnitSheets sheets;

    DossierManifests(CaseFileService cases, EvidenceService evidence, DocumentMapper mapper,
            OrganizationService organization, Messages messages, Clock clock,
            @Value("${zhifa.documents.retention:长期}") String retention, UnitSheets sheets) {
        this.sheets = sheets;
        this.cases = cases;
        this.evidence = evidence;
        this.mapper = mapper;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.retention = retention;
    }

    long unitOf(long caseId) {
        return cases.unitOf(caseId);
    }

    DossierManifest of(long caseId, boolean finalCopy, Long actorId) {
        // the case, its handlers and its register: not the full case page (history, tasks, deadlines, clock, surcharge)
        CaseFileView v = cases.documentView(DocumentData.system(0), caseId, false);
        CaseFile c = v.caseFile();
        Map<Long, VersionRow> latest = mapper.versionsOfCase(c.id()).stream()
                .collect(Collectors.toMap(x -> x.documentId, Function.identity(),
                        (a, b) -> a.version > b.version ? a : b, LinkedHashMap::new));
        Map<Long, CaseDocument> registered = v.documents().stream()
                .collect(Collectors.toMap(CaseDocument::id, Function.identity()));
        List<VersionRow> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparingInt((VersionRow x) -> DocumentType.valueOf(x.docType).archiveGroup())
                .thenComparingLong(x -> x.documentId));
        LocalDate today = LocalDate.now(clock);
        List<DossierManifest.Part> parts = new ArrayList<>();
        DossierManifest.Part evidenceList = evidenceList(c, today);
        for (VersionRow x : ordered) {
            if (!parts.contains(evidenceList) && DocumentType.valueOf(x.docType).archiveGroup() > 3) {
                parts.add(evidenceList);
            }
            CaseDocument reg = registered.get(x.documentId);
            parts.add(new DossierManifest.Part(reg == null ? DocumentType.valueOf(x.docType).title() : reg.title(),
                    x.docNo, DocumentData.day(reg == null ? x.createdAt.toLocalDate() : reg.createdAt().toLocalDate()),
                    x.docxPath, x.docxSha256, null, x.id));
        }
        if (!parts.contains(evidenceList)) {
            parts.add(evidenceList);
        }
        String compiler = v.handlers().isEmpty() ? (actorId == null ? "—" : nameOf(actorId))
                : v.handlers().get(0).name();
        String checker = c.decidedBy() == null ? "—" : nameOf(c.decidedBy());
        // the unit as the documents of this transaction read it (UnitSheets): no read of its own
        return new DossierManifest(DossierManifest.FORMAT, c.id(), finalCopy, sheets.of(c.unitId()).unit().name(),
                cover(c), parts, compiler, checker, DocumentData.day(today));
    }

    /** A user's name: one read ({@code usersByIds}), not two ({@code user}: the account, then its roles). */
    private String nameOf(long userId) {
        return organization.usersByIds(List.of(userId)).stream().findFirst()
                .orElseThrow(() -> cn.zhifa.shared.DomainException.notFound("user.notFound", userId)).displayName();
    }

    private List<List<String>> cover(CaseFile c) {
        String outcome = c.decidedOutcome() == null ? "—" : messages.get("ui.outcome." + c.decidedOutcome().name(),
                Messages.ZH_CN) + (c.decidedFine() == null || c.decidedFine().signum() == 0 ? ""
                        : " " + ChineseAmount.of(c.decidedFine()));
        return List.of(List.of("案件编号", nz(c.caseNo())), List.of("当事人", nz(c.partyName())),
                List.of("案由", nz(c.itemName() == null ? c.leadSummary() : c.itemName())),
                List.of("处理结果", outcome), List.of("立案日期", nz(DocumentData.day(c.filedDate()))),
                List.of("结案日期", nz(DocumentData.day(c.closedDate()))),
                List.of("归档日期", c.archivedAt() == null ? "—" : DocumentData.day(c.archivedAt().toLocalDate())),
                List.of("保管期限", retention), List.of("卷号", "第1卷 共1卷"));
    }

    private DossierManifest.Part evidenceList(CaseFile c, LocalDate today) {
        List<DossierManifest.Item> items = new ArrayList<>();
        for (Evidence e : evidence.list(DocumentData.system(c.unitId()), c.id())) {
            items.add(new DossierManifest.Item(messages.get("evidence.kind." + e.kind().name(), Messages.ZH_CN),
                    e.fileName(), nz(DocumentData.time(e.capturedAt())),
                    e.officers().stream().map(Evidence.Officer::name).collect(Collectors.joining("、")), e.sha256(),
                    nz(e.description()), e.mediaType(), e.storagePath()));
        }
        return new DossierManifest.Part("证据清单", null, DocumentData.day(today), null, null, items, null);
    }

    static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
