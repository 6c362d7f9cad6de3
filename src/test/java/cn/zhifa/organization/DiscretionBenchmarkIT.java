package cn.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.organization.DiscretionBenchmarkService.Draft;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Discretion benchmarks (裁量基准): maintained by administrators within their rules, published on the portal with the
 * item, and asked whether a fine lies within a tier.
 */
@IntegrationTest
class DiscretionBenchmarkIT {

    @Autowired CaseFiles f;
    @Autowired DiscretionBenchmarkService benchmarks;
    @Autowired OrganizationService organization;
    @Autowired TestRestTemplate rest;

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    private ViolationItem item(String code) {
        return organization.items(false).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private Draft draft(long itemId, PartyScope scope, BenchmarkTier tier, String min, String max) {
        return new Draft(null, null, itemId, scope, tier, "情节<b>较轻</b>", "处罚款", min == null ? null
                : new BigDecimal(min), max == null ? null : new BigDecimal(max), "某区城市管理局裁量基准", LocalDate.of(2025, 1, 1),
                true);
    }

    @Test
    void adminMaintainsRowsWithinTheRulesAndEveryRefusalChangesNothing() {
        ViolationItem item = item("CG-003");
        Actor admin = f.actor("admin");
        List<DiscretionBenchmark> before = benchmarks.ofItem(item.id(), false);
        assertThatThrownBy(() -> benchmarks.save(f.actor("head1"), draft(item.id(), PartyScope.ALL,
                BenchmarkTier.GENERAL, "100", "200"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benchmarks.save(admin, draft(item.id(), PartyScope.ALL, BenchmarkTier.GENERAL, "300",
                "200"))).satisfies(e -> assertThat(code(e)).isEqualTo("benchmark.minAboveMax"));
        assertThatThrownBy(() -> benchmarks.save(admin, draft(item.id(), PartyScope.ALL, BenchmarkTier.NO_PENALTY, "0",
                null))).satisfies(e -> assertThat(code(e)).isEqualTo("benchmark.noPenaltyNoFine"));
        assertThatThrownBy(() -> benchmarks.save(admin, draft(item.id(), PartyScope.ALL, BenchmarkTier.GENERAL, "-1",
                "200"))).satisfies(e -> assertThat(code(e)).isEqualTo("benchmark.badAmount"));
        assertThatThrownBy(() -> benchmarks.save(admin, draft(item.id(), null, BenchmarkTier.GENERAL, "1", "2")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("field.required"));
        assertThatThrownBy(() -> benchmarks.save(admin, draft(999_999L, PartyScope.ALL, BenchmarkTier.GENERAL, "1",
                "2"))).satisfies(e -> assertThat(code(e)).isEqualTo("item.notFound"));
        assertThat(benchmarks.ofItem(item.id(), false)).isEqualTo(before);

        DiscretionBenchmark row = benchmarks.save(admin, draft(item.id(), PartyScope.PERSON, BenchmarkTier.LIGHTER,
                "50", "200"));
        assertThat(row.id()).isPositive();
        assertThat(row.changedBy()).isEqualTo(admin.userId());
        DiscretionBenchmark edited = benchmarks.save(admin, new Draft(row.id(), row.version(), item.id(),
                PartyScope.PERSON, BenchmarkTier.LIGHTER, "情节轻微", "处50元以上300元以下罚款", new BigDecimal("50"),
                new BigDecimal("300"), row.source(), row.validFrom(), true));
        assertThat(edited.fineMax()).isEqualByComparingTo("300");
        assertThat(edited.version()).isEqualTo(row.version() + 1);
        // a second editor with the old version loses, with a clear message
        assertThatThrownBy(() -> benchmarks.save(admin, new Draft(row.id(), row.version(), item.id(),
                PartyScope.PERSON, BenchmarkTier.LIGHTER, "x", "y", null, new BigDecimal("10"), row.source(),
                row.validFrom(), true))).satisfies(e -> assertThat(code(e)).isEqualTo("benchmark.changedMeanwhile"));
        assertThat(benchmarks.ofItem(item.id(), false)).filteredOn(b -> b.id() == row.id()).singleElement()
                .satisfies(b -> assertThat(b.fineMax()).isEqualByComparingTo("300"));
    }

    @Test
    void aFineWithinATierOrOutsideEveryTier() {
        ViolationItem road = item("CG-001"); // demo benchmark: 200–1000 / 1000–5000 / 5000–20000 for everyone
        assertThat(benchmarks.tiersHolding(road.id(), false, new BigDecimal("500")))
                .extracting(DiscretionBenchmark::tier).containsExactly(BenchmarkTier.LIGHTER);
        assertThat(benchmarks.tiersHolding(road.id(), true, new BigDecimal("1000")))
                .extracting(DiscretionBenchmark::tier).containsExactly(BenchmarkTier.LIGHTER, BenchmarkTier.GENERAL);
        assertThat(benchmarks.departs(road.id(), false, new BigDecimal("500"))).isFalse();
        assertThat(benchmarks.departs(road.id(), false, new BigDecimal("150"))).isTrue();
        assertThat(benchmarks.departs(road.id(), false, new BigDecimal("25000"))).isTrue();
        ViolationItem heaps = item("CG-002"); // person 200–1000, organisation 500–3000
        assertThat(benchmarks.departs(heaps.id(), false, new BigDecimal("2000"))).isTrue();
        assertThat(benchmarks.departs(heaps.id(), true, new BigDecimal("2000"))).isFalse();
        assertThat(benchmarks.departs(item("CG-005").id(), false, new BigDecimal("99999")))
                .as("no benchmark for the item: nothing to depart from").isFalse();
    }

    @Test
    void thePortalPublishesTheBenchmarksWithTheirItemsEscaped() {
        ViolationItem item = item("CG-004");
        benchmarks.save(f.actor("admin"), draft(item.id(), PartyScope.ORGANISATION, BenchmarkTier.HEAVIER, "10000",
                "50000"));
        String page = rest.getForObject("/public/items", String.class);
        assertThat(page).contains("行政处罚裁量基准", "id=\"benchmark-CG-001\"", "从轻处罚", "200 – 1000",
                "id=\"benchmark-CG-004\"", "10000 – 50000", "某区城市管理局裁量基准");
        assertThat(page).doesNotContain("<b>较轻</b>").contains("&lt;b&gt;较轻&lt;/b&gt;");
    }
}
