package cn.zhifa.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: who am I, the items catalogue and their discretion tiers, the officers who can handle a case in my unit. */
@RestController
@RequestMapping("/api")
@Tag(name = "organization", description = "人员、执法证、执法事项")
class OrganizationApi {

    private final OrganizationService organization;
    private final DiscretionBenchmarkService benchmarks;

    OrganizationApi(OrganizationService organization, DiscretionBenchmarkService benchmarks) {
        this.organization = organization;
        this.benchmarks = benchmarks;
    }

    @GetMapping("/me")
    @Operation(summary = "The authenticated user")
    UserAccount me() {
        return organization.user(CurrentActor.get().userId());
    }

    @GetMapping("/items")
    @Operation(summary = "执法事项 — active violation items with their legal bases")
    List<ViolationItem> items() {
        CurrentActor.get();
        return organization.items(true);
    }

    @GetMapping("/items/{id}/benchmarks")
    @Operation(summary = "裁量阶次 — the item's active discretion tiers for a kind of party, mildest first; a proposed "
            + "fine names one of them as benchmarkId in the 调查终结报告")
    List<DiscretionBenchmark> benchmarks(@PathVariable long id,
            @RequestParam(defaultValue = "false") boolean organisation) {
        CurrentActor.get();
        return benchmarks.applicable(id, organisation);
    }

    @GetMapping("/officers")
    @Operation(summary = "Officers of my unit holding a valid enforcement certificate (possible handlers)")
    List<UserAccount> officers() {
        Actor actor = CurrentActor.get();
        return organization.qualifiedOfficers(actor.unitId()).stream().map(u -> u.seenBy(actor)).toList();
    }
}
