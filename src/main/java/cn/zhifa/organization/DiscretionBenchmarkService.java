package cn.zhifa.organization;

import cn.zhifa.organization.internal.BenchmarkMapper;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政处罚裁量基准 (行政处罚法 Art. 34: benchmarks are published; 国办发〔2022〕27号 §六, §十四: tiers, conditions,
 * concrete standards, embedded in the system to guide officers). Maintained by administrators per item, published on
 * the portal beside the item, and asked by the case workflow whether a proposed fine lies within a tier.
 */
@Service
public class DiscretionBenchmarkService {

    /** What an administrator enters for one benchmark row; {@code id}/{@code version} null for a new row. */
    public record Draft(Long id, Integer version, long itemId, PartyScope partyScope, BenchmarkTier tier,
            String conditions, String standard, BigDecimal fineMin, BigDecimal fineMax, String source,
            LocalDate validFrom, boolean active) {
    }

    private final BenchmarkMapper mapper;
    private final OrganizationService organization;
    private final Clock clock;

    DiscretionBenchmarkService(BenchmarkMapper mapper, OrganizationService organization, Clock clock) {
        this.mapper = mapper;
        this.organization = organization;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DiscretionBenchmark> ofItem(long itemId, boolean activeOnly) {
        return mapper.ofItem(itemId, activeOnly);
    }

    /** Every active row by item id, for the public portal. */
    @Transactional(readOnly = true)
    public Map<Long, List<DiscretionBenchmark>> published() {
        return mapper.allActive().stream().collect(Collectors.groupingBy(DiscretionBenchmark::itemId,
                LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The active rows of the item's benchmark for this kind of party whose range holds the fine; empty when the
     * item has a benchmark for that party but the fine lies outside every tier (a departure that needs the principal
     * head's approval or collective discussion, 国办发〔2022〕27号 §十二) — see {@link #departs}.
     */
    @Transactional(readOnly = true)
    public List<DiscretionBenchmark> tiersHolding(long itemId, boolean organisation, BigDecimal fine) {
        return applicable(itemId, organisation).stream().filter(b -> b.holds(fine)).toList();
    }

    /** True when the item has a benchmark for this party and no tier holds the fine. */
    @Transactional(readOnly = true)
    public boolean departs(long itemId, boolean organisation, BigDecimal fine) {
        return DiscretionBenchmark.departs(applicable(itemId, organisation), fine);
    }

    /** The item's active tiers for this kind of party (rows for all parties and for this kind), mildest first. */
    @Transactional(readOnly = true)
    public List<DiscretionBenchmark> applicable(long itemId, boolean organisation) {
        PartyScope own = organisation ? PartyScope.ORGANISATION : PartyScope.PERSON;
        return mapper.ofItem(itemId, true).stream()
                .filter(b -> b.partyScope() == PartyScope.ALL || b.partyScope() == own).toList();
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public DiscretionBenchmark save(Actor admin, Draft d) {
        OrganizationService.requireAdmin(admin);
        if (d == null) {
            throw DomainException.invalid("field.required", "benchmark");
        }
        organization.item(d.itemId());
        if (d.partyScope() == null) {
            throw DomainException.invalid("field.required", "partyScope");
        }
        if (d.tier() == null) {
            throw DomainException.invalid("field.required", "tier");
        }
        String conditions = text(d.conditions(), "conditions", 2000);
        String standard = text(d.standard(), "standard", 2000);
        String source = text(d.source(), "source", 300);
        if (d.validFrom() == null) {
            throw DomainException.invalid("field.required", "validFrom");
        }
        checkAmount(d.fineMin());
        checkAmount(d.fineMax());
        if (d.fineMin() != null && d.fineMax() != null && d.fineMin().compareTo(d.fineMax()) > 0) {
            throw DomainException.invalid("benchmark.minAboveMax");
        }
        if (d.tier() == BenchmarkTier.NO_PENALTY && (d.fineMin() != null || d.fineMax() != null)) {
            throw DomainException.invalid("benchmark.noPenaltyNoFine");
        }
        DiscretionBenchmark row = new DiscretionBenchmark(d.id() == null ? 0 : d.id(), d.itemId(), d.partyScope(),
                d.tier(), conditions, standard, d.fineMin(), d.fineMax(), source, d.validFrom(), d.active(),
                admin.userId(), LocalDateTime.now(clock), d.version() == null ? 0 : d.version());
        if (d.id() == null) {
            mapper.insert(row);
            List<DiscretionBenchmark> rows = mapper.ofItem(d.itemId(), false);
            return rows.stream().max(java.util.Comparator.comparingLong(DiscretionBenchmark::id)).orElseThrow();
        }
        DiscretionBenchmark existing = mapper.find(d.id());
        if (existing == null || existing.itemId() != d.itemId()) {
            throw DomainException.notFound("benchmark.notFound", d.id());
        }
        if (d.version() == null || mapper.update(row) != 1) {
            throw DomainException.conflict("benchmark.changedMeanwhile");
        }
        return mapper.find(d.id());
    }

    private static void checkAmount(BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2)) {
            throw DomainException.invalid("benchmark.badAmount");
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
        return value.trim();
    }
}
