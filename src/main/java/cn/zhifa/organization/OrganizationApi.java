package cn.zhifa.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: who am I, the items catalogue, the officers who can handle a case in my unit. */
@RestController
@RequestMapping("/api")
@Tag(name = "organization", description = "人员、执法证、执法事项")
class OrganizationApi {

    private final OrganizationService organization;

    OrganizationApi(OrganizationService organization) {
        this.organization = organization;
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

    @GetMapping("/officers")
    @Operation(summary = "Officers of my unit holding a valid enforcement certificate (possible handlers)")
    List<UserAccount> officers() {
        Actor actor = CurrentActor.get();
        return organization.qualifiedOfficers(actor.unitId()).stream().map(u -> u.seenBy(actor)).toList();
    }
}
