package cn.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of the permission matrix, independent of any endpoint. */
class PermissionsTest {

    private static Actor actor(Role... roles) {
        return new Actor(1, "u", "u", 1, Set.of(roles));
    }

    @Test
    void supervisorsAreReadOnlyEverywhere() {
        for (Action a : Action.values()) {
            boolean personal = a.scope() == Action.Scope.PERSONAL || a.scope() == Action.Scope.PUBLIC;
            // their own supervision work (评查, 整改 requests, letters) is the one kind of write they take
            boolean supervision = a.scope() == Action.Scope.SUPERVISION && a.roles().contains(Role.SUPERVISOR);
            assertThat(Permissions.allows(actor(Role.SUPERVISOR), a)).as(a.name()).isEqualTo(personal || supervision);
            // another role does not lift the supervisor's read-only status on cases
            assertThat(Permissions.allows(actor(Role.SUPERVISOR, Role.OFFICER, Role.HEAD), a)).as(a.name())
                    .isEqualTo(personal || a.scope() == Action.Scope.SUPERVISION);
        }
        // no action of a case's enforcement data is in the supervision scope
        for (Action a : Action.values()) {
            if (a.scope() == Action.Scope.SUPERVISION) {
                assertThat(a.name()).startsWith("SUPERVISION_");
            }
        }
    }

    @Test
    void onlyOfficersAddAnnotateOrWithdrawEvidence() {
        Set<Action> evidence = EnumSet.of(Action.EVIDENCE_ADD, Action.EVIDENCE_ANNOTATE, Action.EVIDENCE_WITHDRAW);
        for (Action a : evidence) {
            assertThat(a.roles()).containsExactly(Role.OFFICER);
            assertThat(a.relation()).isEqualTo(Action.Relation.HANDLER);
            for (Role r : EnumSet.of(Role.ADMIN, Role.LEGAL_REVIEWER, Role.AUXILIARY, Role.SUPERVISOR, Role.HEAD,
                    Role.PRINCIPAL_HEAD, Role.TEAM_LEADER)) {
                assertThat(Permissions.allows(actor(r), a)).as(a + " " + r).isFalse();
            }
        }
        assertThat(Permissions.allows(actor(Role.HEAD), Action.EVIDENCE_HAND_OVER)).isTrue();
    }

    @Test
    void theAdministratorAdministersButTakesNoEnforcementAct() {
        for (Action a : Action.values()) {
            boolean admin = a == Action.ADMINISTER || a == Action.REVIEW_CATALOGUE_EDIT
                    || a == Action.REVIEWER_QUALIFICATION_EDIT || a == Action.DOCUMENT_TEMPLATE
                    || a == Action.SUPERVISION_RUBRIC || a == Action.SUPERVISION_AUDIT
                    || a.scope() == Action.Scope.PERSONAL
                    || a.scope() == Action.Scope.PUBLIC;
            assertThat(Permissions.allows(actor(Role.ADMIN), a)).as(a.name()).isEqualTo(admin);
        }
    }

    @Test
    void headsAndTeamLeadersAreCandidatesForCaseReview() {
        assertThat(Permissions.inCandidateGroup(actor(Role.HEAD), Permissions.GROUP_CASE_REVIEWER)).isTrue();
        assertThat(Permissions.inCandidateGroup(actor(Role.PRINCIPAL_HEAD), Permissions.GROUP_CASE_REVIEWER)).isTrue();
        assertThat(Permissions.inCandidateGroup(actor(Role.TEAM_LEADER), Permissions.GROUP_CASE_REVIEWER)).isTrue();
        assertThat(Permissions.inCandidateGroup(actor(Role.OFFICER), Permissions.GROUP_CASE_REVIEWER)).isFalse();
        assertThat(Permissions.inCandidateGroup(actor(Role.OFFICER), "OFFICER")).isTrue();
        assertThat(Permissions.candidateGroups(actor(Role.HEAD))).containsExactlyInAnyOrder("HEAD",
                Permissions.GROUP_CASE_REVIEWER);
    }

    @Test
    void personalRecordsAreForTheAdminTheOwnerAndHeadsOfHisUnit() {
        Actor head = new Actor(2, "h", "h", 10, Set.of(Role.HEAD));
        assertThat(Permissions.seesPersonalRecords(head, 5, 10)).isTrue();
        assertThat(Permissions.seesPersonalRecords(head, 5, 11)).isFalse();
        assertThat(Permissions.seesPersonalRecords(new Actor(5, "o", "o", 10, Set.of(Role.OFFICER)), 5, 10)).isTrue();
        assertThat(Permissions.seesPersonalRecords(new Actor(6, "o", "o", 10, Set.of(Role.OFFICER)), 5, 10)).isFalse();
        assertThat(Permissions.seesPersonalRecords(new Actor(7, "s", "s", 10, Set.of(Role.SUPERVISOR)), 5, 10))
                .isFalse();
        assertThat(Permissions.seesPersonalRecords(new Actor(8, "a", "a", 99, Set.of(Role.ADMIN)), 5, 10)).isTrue();
    }
}
