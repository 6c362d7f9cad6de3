package cn.zhifa.casefile;

import java.util.List;

/**
 * What an approval or decision step approves, as the case-material panel shows it beside the form: sections in the
 * reader's language, each present only when the case has it (lead and verification, handlers, facts, evidence,
 * proposal and discretion, notice as served, statement and review, legal review, the heads' resolution, decision).
 */
public record CaseMaterial(long caseId, List<Section> sections) {

    public CaseMaterial {
        sections = List.copyOf(sections);
    }

    /** A section: {@code id} for the screen and tests, the heading and its lines. */
    public record Section(String id, String title, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line: a label (may be null), the text, where it opens something its address, and a thumbnail's address
     * (else null).
     */
    public record Line(String label, String text, String href, String thumbnail) {
        public Line(String label, String text) {
            this(label, text, null, null);
        }
    }

    /** The section titled {@code id}, if present. */
    public java.util.Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * A section another module adds to the material (e.g. the evidence list); implemented as a bean by the module
     * that owns the data, read through its own services and data scope.
     */
    public interface Contributor {
        /** The order among the sections (the case's own are 10 lead, 20 handlers, 30 facts, 50 proposal, …). */
        int position();

        java.util.Optional<Section> section(cn.zhifa.organization.Actor actor, CaseFile caseFile,
                java.util.Locale locale);
    }
}
