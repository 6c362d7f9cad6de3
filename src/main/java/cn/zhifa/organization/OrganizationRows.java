package cn.zhifa.organization;

import cn.zhifa.organization.internal.CertificateRow;
import cn.zhifa.organization.internal.ItemRow;
import cn.zhifa.organization.internal.StandingRow;
import cn.zhifa.organization.internal.UnitRow;
import cn.zhifa.organization.internal.UserRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The organization's stored rows as the module's published records. */
final class OrganizationRows {

    private OrganizationRows() {
    }

    /** The rows of {@code findStandings} as one standing per user, in the users' order. */
    static Map<Long, Standing> toStandings(List<StandingRow> rows) {
        Map<Long, List<StandingRow>> byUser = new LinkedHashMap<>();
        rows.forEach(r -> byUser.computeIfAbsent(r.id, k -> new ArrayList<>()).add(r));
        Map<Long, Standing> out = new LinkedHashMap<>();
        byUser.forEach((id, of) -> {
            List<String> roles = of.stream().map(r -> r.role).filter(Objects::nonNull).distinct().toList();
            Map<Long, Certificate> certs = new TreeMap<>();
            for (StandingRow r : of) {
                if (r.certId != null) {
                    certs.putIfAbsent(r.certId,
                            certificate(r.certId, r.id, r.certNo, r.category, r.validFrom, r.validTo, r.status));
                }
            }
            out.put(id, new Standing(toAccount(of.get(0), roles), List.copyOf(certs.values())));
        });
        return out;
    }

    static UserAccount toAccount(UserRow r, List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(x -> set.add(Role.valueOf(x)));
        return new UserAccount(r.id, r.username, r.displayName, r.unitId, r.phone, r.enabled, set);
    }

    static Certificate toCertificate(CertificateRow c) {
        return certificate(c.id, c.userId, c.certNo, c.category, c.validFrom, c.validTo, c.status);
    }

    private static Certificate certificate(long id, long userId, String certNo, String category, LocalDate validFrom,
            LocalDate validTo, String status) {
        return new Certificate(id, userId, certNo, category, validFrom, validTo, CertificateStatus.valueOf(status));
    }

    static Unit toUnit(UnitRow r) {
        return new Unit(r.id, r.code, r.name, Unit.UnitKind.valueOf(r.kind), r.parentId, r.caseNumberPrefix,
                r.address, r.phone);
    }

    static ViolationItem toItem(ItemRow r) {
        return new ViolationItem(r.id, r.code, r.name, r.violationBasis, r.penaltyBasis, r.active);
    }
}
