package cn.zhifa.publication;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CaseDecided;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.publication.internal.CaseSourceRow;
import cn.zhifa.publication.internal.PartySourceRow;
import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.publication.internal.PublicationRow;
import cn.zhifa.publication.process.PublicationWatchEngine;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The draft of a decision's publication (行政处罚法 Art. 48; 118号 §二(六)): the content the rules name, redacted
 * ({@link Redactor}), due in 7 working days (penalties) or 20 (other decisions), automatically excluded where the
 * rules say so, otherwise watched. Runs in the decision's transaction ({@link PublicationService#onDecided}).
 */
@Component
class PublicationDrafter {

    private final PublicationMapper mapper;
    private final CaseFileService cases;
    private final StatutoryPeriods periods;
    private final PublicationWatchEngine watch;
    private final Messages messages;
    private final Redactor redactor;

    PublicationDrafter(PublicationMapper mapper, CaseFileService cases, StatutoryPeriods periods,
            PublicationWatchEngine watch, Messages messages, RedactionReview redaction) {
        this.mapper = mapper;
        this.cases = cases;
        this.periods = periods;
        this.watch = watch;
        this.messages = messages;
        this.redactor = redaction.redactor();
    }

    /** Inserts the draft (redacted, due date, automatic exclusion, watch started) and returns its id. */
    long draft(CaseDecided decided) {
        // one publication per decision: a new decision on the same case (撤销并责令重新作出, decision 0029) has a new
        // document number and is drafted beside the revoked one's entry, which stays withdrawn or excluded
        CaseSourceRow src = mapper.caseSource(decided.caseId());
        PublicationRow earlier = mapper.findByCase(decided.caseId());
        if (earlier != null && java.util.Objects.equals(earlier.docNo, src.docNo)) {
            throw DomainException.conflict("publication.exists");
        }
        List<PartySourceRow> parties = mapper.parties(decided.caseId());
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<ExclusionRules.PartyFacts> facts = new ArrayList<>();
        boolean naturalPerson = false;
        List<String> partyLabels = new ArrayList<>();
        for (PartySourceRow p : parties) {
            boolean natural = "NATURAL_PERSON".equals(p.kind);
            naturalPerson |= natural;
            facts.add(new ExclusionRules.PartyFacts(natural, p.idNo));
            if (natural) {
                names.add(p.name);
                addresses.add(p.address);
                partyLabels.add(redactor.maskName(p.name));
            } else {
                partyLabels.add(p.name);
            }
        }
        String partyText = partyLabels.isEmpty() ? "—" : String.join("、", partyLabels);
        Redactor.Result factsResult = redactor.redact(src.facts == null ? "" : src.facts, names, addresses);
        Redactor.Result nameResult = redactor.redact(partyText, names, addresses);
        OutcomeType outcome = decided.outcome();
        boolean penalty = outcome.isPenalty();
        Due due = periods.dueFrom(decided.decidedDate(),
                penalty ? StatutoryPeriod.PUBLICATION_PENALTY : StatutoryPeriod.PUBLICATION_OTHER);

        PublicationRow row = new PublicationRow();
        row.publicId = PublicationService.newPublicId();
        row.caseId = decided.caseId();
        row.unitId = src.unitId;
        row.outcome = outcome;
        row.penalty = penalty;
        row.naturalPerson = naturalPerson;
        row.decidedDate = decided.decidedDate();
        row.dueDate = due.date();
        row.dueConfirmed = due.confirmed();
        row.docNo = src.docNo;
        row.bodyName = src.unitName;
        row.itemId = src.itemId;
        row.itemName = src.itemName;
        row.partyText = nameResult.text();
        row.factsText = factsResult.text().isBlank() ? "—" : factsResult.text();
        row.basisText = basis(src);
        row.conclusionText = conclusion(outcome, src.decidedFine, src.decidedConfiscation, src.correctionOrder);
        row.redactionSummary = summary(factsResult);
        Optional<Exclusion> excluded = ExclusionRules.automatic(outcome, decided.decidedDate(), facts);
        row.status = excluded.isPresent() ? PublicationStatus.EXCLUDED : PublicationStatus.DRAFT;
        row.exclusion = excluded.orElse(null);
        row.exclusionNote = excluded.map(e -> messages.get("publication.exclusion.auto", Messages.ZH_CN)).orElse(null);
        mapper.insert(row);
        String comment = StoredText.of("publication.timeline.drafted", row.dueDate,
                row.redactionSummary == null ? StoredText.label("publication.redaction.none") : row.redactionSummary)
                .stored();
        cases.recordOnTimeline(row.caseId, "PUBLICATION_DRAFTED", null, comment);
        if (excluded.isPresent()) {
            cases.recordOnTimeline(row.caseId, "PUBLICATION_EXCLUDED", null,
                    StoredText.of("text.withNote", StoredText.label("publication.exclusion." + excluded.get()),
                            StoredText.label("publication.exclusion.auto")).stored());
        } else {
            row.processInstanceId = watch.start(row.id, row.dueDate);
            mapper.update(row);
        }
        return row.id;
    }

    private String basis(CaseSourceRow src) {
        List<String> parts = new ArrayList<>();
        if (src.violationBasis != null) {
            parts.add("违法依据：" + src.violationBasis);
        }
        if (src.penaltyBasis != null) {
            parts.add("处罚依据：" + src.penaltyBasis);
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private String conclusion(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String correction) {
        StringBuilder b = new StringBuilder();
        if (fine != null && fine.signum() > 0) {
            b.append("罚款人民币").append(fine.toPlainString()).append("元");
        } else {
            b.append(label("publication.outcome." + outcome));
        }
        if (confiscation != null && confiscation.signum() > 0) {
            b.append("；没收违法所得人民币").append(confiscation.toPlainString()).append("元");
        }
        if (correction != null && !correction.isBlank()) {
            b.append("；").append(redactor.redact(correction.trim(), List.of(), List.of()).text());
        }
        return b.toString();
    }

    private static String summary(Redactor.Result r) {
        return r.total() == 0 ? null : r.summary();
    }

    private String label(String key) {
        return messages.get(key, Messages.ZH_CN);
    }
}
