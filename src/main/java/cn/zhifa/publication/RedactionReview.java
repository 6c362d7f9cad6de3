package cn.zhifa.publication;

import cn.zhifa.publication.internal.PartySourceRow;
import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.publication.internal.PublicationRow;
import cn.zhifa.shared.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The re-scan of a publication's public text (issue 17): whatever the officer submits, and whatever is about to be
 * published, is scanned for personal data with the case's natural persons; a detected item refuses the review or the
 * release, named, unless the officer marked it as a false positive with a reason.
 */
@Component
class RedactionReview {

    static final int MAX_MARK = 200;
    static final int MAX_REASON = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicationMapper mapper;
    private final Redactor redactor;

    RedactionReview(PublicationMapper mapper, PublicationSettings settings) {
        this.mapper = mapper;
        this.redactor = new Redactor(settings.nameRule());
    }

    Redactor redactor() {
        return redactor;
    }

    /** Detected items in the texts, those marked as false positives left out. */
    List<Redactor.Finding> remaining(long caseId, Set<String> allowed, String... texts) {
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (PartySourceRow p : mapper.parties(caseId)) {
            if ("NATURAL_PERSON".equals(p.kind)) {
                names.add(p.name);
                addresses.add(p.address);
            }
        }
        List<Redactor.Finding> out = new ArrayList<>();
        for (String t : texts) {
            for (Redactor.Finding f : redactor.scan(t, names, addresses)) {
                if (!allowed.contains(f.text())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The marks, checked: text and reason given and within bounds, each naming an item the scan detects. */
    List<FalsePositive> checkMarks(Collection<FalsePositive> marks, List<Redactor.Finding> detected) {
        List<FalsePositive> out = new ArrayList<>();
        for (FalsePositive m : marks == null ? List.<FalsePositive>of() : marks) {
            if (m == null || m.text() == null || m.text().isBlank()) {
                throw DomainException.invalid("field.required", "falsePositives.text");
            }
            if (m.reason() == null || m.reason().isBlank()) {
                throw DomainException.invalid("field.required", "falsePositives.reason");
            }
            if (m.text().length() > MAX_MARK) {
                throw DomainException.invalid("field.tooLong", "falsePositives.text", MAX_MARK);
            }
            if (m.reason().length() > MAX_REASON) {
                throw DomainException.invalid("field.tooLong", "falsePositives.reason", MAX_REASON);
            }
            String text = m.text().trim();
            if (detected.stream().noneMatch(f -> f.text().equals(text))) {
                throw DomainException.invalid("publication.falsePositive.notDetected", text);
            }
            out.add(new FalsePositive(text, m.reason().trim()));
        }
        return out;
    }

    /** Refuses (naming the items) while anything detected remains. */
    static void requireNone(List<Redactor.Finding> remaining) {
        if (!remaining.isEmpty()) {
            throw DomainException.invalid("publication.stillSensitive",
                    remaining.stream().map(Redactor.Finding::describe).distinct().collect(Collectors.joining("、")));
        }
    }

    /** Before release: the stored public texts are clean (or marked). */
    void requireClean(PublicationRow row) {
        requireNone(remaining(row.caseId, allowed(row), row.partyText, row.factsText, row.conclusionText));
    }

    static Set<String> allowed(PublicationRow row) {
        if (row.redactionAllowed == null || row.redactionAllowed.isBlank()) {
            return new LinkedHashSet<>();
        }
        try {
            return JSON.readValue(row.redactionAllowed, new TypeReference<LinkedHashSet<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publication " + row.id + ": unreadable redaction_allowed", e);
        }
    }

    static String json(Set<String> allowed) {
        try {
            return allowed.isEmpty() ? null : JSON.writeValueAsString(allowed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
