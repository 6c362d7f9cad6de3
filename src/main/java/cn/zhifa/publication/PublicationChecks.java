package cn.zhifa.publication;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.publication.internal.PublicationRow;
import cn.zhifa.shared.DomainException;

/** The publication workflow's input and role checks (who may draft, review, publish; a status; a bounded text). */
final class PublicationChecks {

    private PublicationChecks() {
    }

    static void requireStatus(PublicationRow row, PublicationStatus status) {
        if (row.status != status) {
            throw DomainException.invalid("publication.wrongStatus", row.status);
        }
    }

    static void requireStaff(Actor actor) {
        if (actor.roles().isEmpty() || actor.roles().equals(java.util.Set.of(Role.AUXILIARY))) {
            throw DomainException.forbidden("publication.notAllowed");
        }
    }

    static void requireOfficer(Actor actor) {
        if (!(actor.has(Role.OFFICER) || actor.has(Role.TEAM_LEADER) || actor.isHead())) {
            throw DomainException.forbidden("publication.notAllowed");
        }
    }

    static void requireHead(Actor actor) {
        if (!actor.isHead()) {
            throw DomainException.forbidden("publication.headOnly");
        }
    }

    static String required(String s, String field) {
        if (s == null || s.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (s.length() > PublicationService.MAX_TEXT) {
            throw DomainException.invalid("field.tooLong", field, PublicationService.MAX_TEXT);
        }
        return s.trim();
    }
}
