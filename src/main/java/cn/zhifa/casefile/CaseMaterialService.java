package cn.zhifa.casefile;

import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link CaseMaterial} of a case for the approval and decision steps: the case's own sections from the
 * case file and its record, with the sections other modules contribute; read within the actor's data scope.
 */
@Service
public class CaseMaterialService {

    private static final int OWN_LEAD = 10;
    private static final int OWN_HANDLERS = 20;
    private static final int OWN_FACTS = 30;
    private static final int OWN_PROPOSAL = 50;
    private static final int OWN_HEARD = 60;
    private static final int OWN_REVIEW = 70;
    private static final int OWN_DECISION = 80;

    private final CaseFileService cases;
    private final Messages messages;
    private final ObjectProvider<CaseMaterial.Contributor> contributors;

    CaseMaterialService(CaseFileService cases, Messages messages,
            ObjectProvider<CaseMaterial.Contributor> contributors) {
        this.cases = cases;
        this.messages = messages;
        this.contributors = contributors;
    }

    @Transactional(readOnly = true)
    public CaseMaterial of(Actor actor, long caseId, Locale locale) {
        CaseFileView v = cases.documentView(actor, caseId, true);
        CaseFile c = v.caseFile();
        List<Positioned> all = new ArrayList<>();
        Texts t = new Texts(messages, locale);
        own(all, OWN_LEAD, lead(t, v));
        own(all, OWN_HANDLERS, v.handlers().isEmpty() ? null : section(t, "handlers", List.of(new CaseMaterial.Line(
                null, v.handlers().stream().map(Handler::name).collect(Collectors.joining("、"))))));
        own(all, OWN_FACTS, c.facts() == null ? null
                : section(t, "facts", List.of(new CaseMaterial.Line(null, c.facts()))));
        own(all, OWN_PROPOSAL, CaseMaterialProposal.proposal(t, c));
        own(all, OWN_HEARD, CaseMaterialProposal.heard(t, c, comment(v, "NOTICE_SERVED")));
        own(all, OWN_REVIEW, review(t, c, v));
        own(all, OWN_DECISION, CaseMaterialProposal.decision(t, c));
        contributors.orderedStream().forEach(k -> k.section(actor, c, locale)
                .ifPresent(s -> all.add(new Positioned(k.position(), s))));
        all.sort(Comparator.comparingInt(Positioned::position));
        return new CaseMaterial(caseId, all.stream().map(Positioned::section).toList());
    }

    private static CaseMaterial.Section lead(Texts t, CaseFileView v) {
        CaseFile c = v.caseFile();
        List<CaseMaterial.Line> lines = new ArrayList<>();
        add(lines, t.label("leadSummary"), c.leadSummary());
        add(lines, t.label("location"), c.location());
        add(lines, t.label("item"), c.itemName());
        add(lines, t.label("parties"), v.parties().isEmpty() ? c.partyName()
                : v.parties().stream().map(Party::name).collect(Collectors.joining("、")));
        add(lines, t.label("actDate"), c.actDate() == null ? null : c.actDate().toString());
        add(lines, t.label("verification"), comment(v, "VERIFIED_TO_FILE"));
        add(lines, t.label("filing"), comment(v, "FILED"));
        return lines.isEmpty() ? null : section(t, "lead", lines);
    }

    private static CaseMaterial.Section review(Texts t, CaseFile c, CaseFileView v) {
        List<CaseMaterial.Line> lines = new ArrayList<>();
        add(lines, t.label("caseReview"), comment(v, "REVIEW_APPROVED"));
        add(lines, t.label("legalReview"), c.legalReviewOpinion());
        add(lines, t.label("resolution"), c.deliberationResolution());
        return lines.isEmpty() ? null : section(t, "review", lines);
    }

    /** The comment of the latest record entry of {@code action}, or null. */
    static String comment(CaseFileView v, String action) {
        String found = null;
        for (StageChange s : v.history()) {
            if (action.equals(s.action()) && s.text() != null && !s.text().isBlank()) {
                found = s.text(); // in the reader's language (decision 0033)
            }
        }
        return found;
    }

    static void add(List<CaseMaterial.Line> lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(new CaseMaterial.Line(label, text));
        }
    }

    static CaseMaterial.Section section(Texts t, String id, List<CaseMaterial.Line> lines) {
        return new CaseMaterial.Section(id, t.get("material.section." + id), lines);
    }

    private static void own(List<Positioned> all, int position, CaseMaterial.Section s) {
        if (s != null) {
            all.add(new Positioned(position, s));
        }
    }

    private record Positioned(int position, CaseMaterial.Section section) {
    }

    /** The reader's texts. */
    record Texts(Messages messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.get(key, locale, args);
        }

        String label(String key) {
            return get("material.label." + key);
        }

        String yuan(BigDecimal amount) {
            return amount == null ? null : get("material.yuan", amount.setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
        }
    }

    /** Used by tests and screens: the material's text in one string (sections and lines in order). */
    public static String text(CaseMaterial m) {
        StringBuilder b = new StringBuilder();
        for (CaseMaterial.Section s : m.sections()) {
            b.append(s.title()).append('\n');
            s.lines().forEach(l -> b.append(Optional.ofNullable(l.label()).map(x -> x + "：").orElse(""))
                    .append(l.text()).append('\n'));
        }
        return b.toString();
    }
}
