package cn.zhifa.casefile;

import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The checks of a new lead (案件来源登记): required fields, dates, the item, the parties' identity numbers. */
final class LeadValidation {

    private static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private LeadValidation() {
    }

    static void check(NewLead lead, LocalDate today, OrganizationService organization) {
        if (lead == null || lead.source() == null) {
            throw DomainException.invalid("field.required", "source");
        }
        if (lead.summary() == null || lead.summary().isBlank()) {
            throw DomainException.invalid("field.required", "summary");
        }
        if (lead.summary().length() > 2000) {
            throw DomainException.invalid("field.tooLong", "summary", 2000);
        }
        if (lead.discoveredDate() == null) {
            throw DomainException.invalid("field.required", "discoveredDate");
        }
        if (lead.discoveredDate().isAfter(today)) {
            throw DomainException.invalid("date.inFuture", "discoveredDate");
        }
        if (lead.actDate() != null && (lead.actDate().isAfter(lead.discoveredDate()))) {
            throw DomainException.invalid("case.actAfterDiscovery");
        }
        Limitation.checkActEnd(lead.actDate(), lead.actEndDate(), today);
        if (lead.itemId() != null && !organization.item(lead.itemId()).active()) {
            throw DomainException.invalid("item.inactive");
        }
        if (lead.parties() == null) {
            throw DomainException.invalid("field.required", "parties");
        }
        for (Party p : lead.parties()) {
            if (p.kind() == null || p.idType() == null || p.name() == null || p.name().isBlank()) {
                throw DomainException.invalid("party.incomplete");
            }
            if (p.idNo() != null && !p.idNo().isBlank()) {
                if (p.idType() == IdType.ID_CARD && !ID_CARD.matcher(p.idNo()).matches()) {
                    throw DomainException.invalid("party.badIdCard", p.idNo());
                }
                if (p.idType() == IdType.CREDIT_CODE && !CREDIT_CODE.matcher(p.idNo()).matches()) {
                    throw DomainException.invalid("party.badCreditCode", p.idNo());
                }
            }
            if (p.kind() == PartyKind.ORGANIZATION && p.idType() == IdType.ID_CARD) {
                throw DomainException.invalid("party.orgNeedsCreditCode");
            }
        }
    }
}
