package cn.zhifa.demo;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.BenchmarkTier;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.PartyScope;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo discretion benchmarks (裁量基准) for two demo items, after the demo organisation exists: the tiers a street team
 * typically works with, marked as demo data in their source. Runs once (nothing when any benchmark exists).
 */
@Component
@Order(11)
public class BenchmarkDemoData implements ApplicationRunner {

    static final String SOURCE = "演示数据：参照城市管理行政处罚裁量基准格式编制";

    private final DiscretionBenchmarkService benchmarks;
    private final OrganizationService organization;
    private final JdbcTemplate jdbc;
    private final boolean enabled;

    public BenchmarkDemoData(DiscretionBenchmarkService benchmarks, OrganizationService organization,
            JdbcTemplate jdbc, @Value("${zhifa.demo-data:false}") boolean enabled) {
        this.benchmarks = benchmarks;
        this.organization = organization;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM discretion_benchmark", Integer.class);
        if (!enabled || existing == null || existing > 0) {
            return;
        }
        UserAccount admin = organization.users(null).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADMIN)).findFirst().orElse(null);
        if (admin == null) {
            return;
        }
        Actor actor = admin.toActor();
        LocalDate from = LocalDate.of(2024, 1, 1);
        for (ViolationItem item : organization.items(true)) {
            if ("CG-001".equals(item.code())) {
                row(actor, item, PartyScope.ALL, BenchmarkTier.NO_PENALTY, "首次违法，占用面积不超过2平方米，危害后果轻微并及时改正",
                        "不予处罚，进行教育", null, null, from);
                row(actor, item, PartyScope.ALL, BenchmarkTier.LIGHTER, "占用面积不超过5平方米，经责令后立即改正",
                        "责令限期改正，处200元以上1000元以下罚款", "200", "1000", from);
                row(actor, item, PartyScope.ALL, BenchmarkTier.GENERAL, "占用面积5平方米以上20平方米以下",
                        "责令限期改正，处1000元以上5000元以下罚款", "1000", "5000", from);
                row(actor, item, PartyScope.ALL, BenchmarkTier.HEAVIER, "占用面积20平方米以上，或经责令拒不改正，或一年内再次违法",
                        "责令限期改正，处5000元以上20000元以下罚款", "5000", "20000", from);
            } else if ("CG-002".equals(item.code())) {
                row(actor, item, PartyScope.PERSON, BenchmarkTier.LIGHTER, "堆放面积不超过5平方米，及时清理",
                        "责令限期清理，处200元以上500元以下罚款", "200", "500", from);
                row(actor, item, PartyScope.PERSON, BenchmarkTier.HEAVIER, "堆放面积5平方米以上，或逾期不清理",
                        "责令限期清理，处500元以上1000元以下罚款", "500", "1000", from);
                row(actor, item, PartyScope.ORGANISATION, BenchmarkTier.LIGHTER, "堆放面积不超过5平方米，及时清理",
                        "责令限期清理，处500元以上1500元以下罚款", "500", "1500", from);
                row(actor, item, PartyScope.ORGANISATION, BenchmarkTier.HEAVIER, "堆放面积5平方米以上，或逾期不清理",
                        "责令限期清理，处1500元以上3000元以下罚款", "1500", "3000", from);
            }
        }
    }

    private void row(Actor admin, ViolationItem item, PartyScope scope, BenchmarkTier tier, String conditions,
            String standard, String min, String max, LocalDate from) {
        benchmarks.save(admin, new DiscretionBenchmarkService.Draft(null, null, item.id(), scope, tier, conditions,
                standard, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), SOURCE,
                from, true));
    }
}
