package cn.zhifa.organization;

import cn.zhifa.organization.internal.CertificateRow;
import cn.zhifa.organization.internal.ItemRow;
import cn.zhifa.organization.internal.UnitRow;
import cn.zhifa.organization.internal.UserRow;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The organization's stored rows as the module's published records. */
final class OrganizationRows {

    private OrganizationRows() {
    }

    static UserAccount toAccount(UserRow r, List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(x -> set.add(Role.valueOf(x)));
        return new UserAccount(r.id, r.username, r.displayName, r.unitId, r.phone, r.enabled, set);
    }

    static Certificate toCertificate(CertificateRow c) {
        return new Certificate(c.id, c.userId, c.certNo, c.category, c.validFrom, c.validTo,
                CertificateStatus.valueOf(c.status));
    }

    static Unit toUnit(UnitRow r) {
        return new Unit(r.id, r.code, r.name, Unit.UnitKind.valueOf(r.kind), r.parentId, r.caseNumberPrefix,
                r.address, r.phone);
    }

    static ViolationItem toItem(ItemRow r) {
        return new ViolationItem(r.id, r.code, r.name, r.violationBasis, r.penaltyBasis, r.active);
    }
}
