package cn.zhifa.supervision;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.internal.ItemRow;
import cn.zhifa.supervision.internal.RubricRow;
import cn.zhifa.supervision.internal.SectionRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric (评查标准) and its versions: the current one is the highest version; admins save an edited rubric as a
 * new version (an existing version never changes, so a score always reads the standard it was given under).
 */
@Service
public class RubricService {

    private final SupervisionMapper mapper;
    private final Clock clock;

    RubricService(SupervisionMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Rubric current() {
        RubricRow r = mapper.currentRubric();
        if (r == null) {
            throw DomainException.notFound("sv.rubric.none");
        }
        return load(r);
    }

    @Transactional(readOnly = true)
    public Rubric byId(long id) {
        RubricRow r = mapper.rubric(id);
        if (r == null) {
            throw DomainException.notFound("sv.rubric.notFound", id);
        }
        return load(r);
    }

    @Transactional(readOnly = true)
    public List<Rubric> versions() {
        return mapper.rubrics().stream().map(this::load).toList();
    }

    /**
     * Saves {@code draft} as the next version (admins only). Sections must add up to 100 points; codes are unique;
     * every item belongs to a section and has 0 ≤ maximum deduction ≤ its section's points; the bands rise
     * (pass &lt; good &lt; excellent ≤ 100).
     */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_RUBRIC)
    public Rubric saveNewVersion(Actor actor, String name, BigDecimal excellentFrom, BigDecimal goodFrom,
            BigDecimal passFrom, List<Rubric.Section> sections, List<Rubric.Item> items) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("field.required", "name");
        }
        if (excellentFrom == null || goodFrom == null || passFrom == null || passFrom.signum() <= 0
                || passFrom.compareTo(goodFrom) >= 0 || goodFrom.compareTo(excellentFrom) >= 0
                || excellentFrom.compareTo(Rubric.FULL) > 0) {
            throw DomainException.invalid("sv.rubric.badBands");
        }
        if (sections == null || sections.isEmpty() || items == null || items.isEmpty()) {
            throw DomainException.invalid("sv.rubric.empty");
        }
        Set<String> codes = new HashSet<>();
        for (Rubric.Section s : sections) {
            if (s == null || blank(s.code()) || !codes.add("S:" + s.code()) || s.points() == null
                    || s.points().signum() <= 0 || blank(s.titleZh()) || blank(s.titleEn())) {
                throw DomainException.invalid("sv.rubric.badSection", s == null ? "null" : String.valueOf(s.code()));
            }
        }
        BigDecimal sum = sections.stream().map(Rubric.Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(Rubric.FULL) != 0) {
            throw DomainException.invalid("sv.rubric.not100", sum.stripTrailingZeros().toPlainString());
        }
        for (Rubric.Item i : items) {
            if (i == null) {
                throw DomainException.invalid("sv.rubric.badItem", "null");
            }
            if (i.maxDeduction() != null && i.maxDeduction().signum() < 0) {
                throw DomainException.invalid("sv.rubric.negativeDeduction", String.valueOf(i.code()));
            }
            Rubric.Section section = sections.stream().filter(s -> s.code().equals(i.sectionCode())).findFirst()
                    .orElse(null);
            if (section == null || i.code() == null || i.code().isBlank() || !codes.add("I:" + i.code())
                    || i.maxDeduction() == null || i.maxDeduction().signum() < 0
                    || i.maxDeduction().compareTo(section.points()) > 0 || blank(i.titleZh()) || blank(i.titleEn())) {
                throw DomainException.invalid("sv.rubric.badItem", String.valueOf(i.code()));
            }
        }
        RubricRow latest = mapper.currentRubric();
        RubricRow r = new RubricRow();
        r.version = latest == null ? 1 : latest.version + 1;
        r.name = name.trim();
        r.excellentFrom = excellentFrom;
        r.goodFrom = goodFrom;
        r.passFrom = passFrom;
        r.createdBy = actor.userId();
        r.createdAt = LocalDateTime.now(clock);
        mapper.insertRubric(r);
        int ord = 0;
        for (Rubric.Section s : sections) {
            SectionRow row = new SectionRow();
            row.rubricId = r.id;
            row.code = s.code().trim();
            row.titleZh = s.titleZh().trim();
            row.titleEn = s.titleEn().trim();
            row.points = s.points();
            row.ord = ++ord;
            mapper.insertSection(row);
        }
        ord = 0;
        for (Rubric.Item i : items) {
            ItemRow row = new ItemRow();
            row.rubricId = r.id;
            row.sectionCode = i.sectionCode();
            row.code = i.code().trim();
            row.titleZh = i.titleZh().trim();
            row.titleEn = i.titleEn().trim();
            row.maxDeduction = i.maxDeduction();
            row.veto = i.veto();
            row.basic = i.basic();
            row.ord = ++ord;
            mapper.insertItem(row);
        }
        return byId(r.id);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Rubric load(RubricRow r) {
        return new Rubric(r.id, r.version, r.name, r.excellentFrom, r.goodFrom, r.passFrom,
                mapper.sections(r.id).stream()
                        .map(s -> new Rubric.Section(s.code, s.titleZh, s.titleEn, s.points)).toList(),
                mapper.items(r.id).stream().map(i -> new Rubric.Item(i.sectionCode, i.code, i.titleZh, i.titleEn,
                        i.maxDeduction, i.veto, i.basic)).toList());
    }
}
