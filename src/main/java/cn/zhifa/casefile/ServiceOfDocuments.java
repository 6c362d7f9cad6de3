package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ServiceAddressMapper;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达 with legal effect (行政处罚法 Art. 61; 民事诉讼法 Art. 87–95, decision 0020): each method with its rule, and the
 * date from which every later window runs (视为送达). Direct and 留置 service count on the day entered (留置 keeps the
 * audio-video gate); mail on the receipt date of the postal receipt, whose number is required; electronic service
 * only with the party's consent and address on the 送达地址确认书, on the day of arrival; 公告送达 only with the reason
 * other methods are impossible, deemed served when 30 days from publication have passed (through the calendar).
 */
@Service
public class ServiceOfDocuments {

    private final ServiceAddressMapper addresses;
    private final CaseFileMapper cases;
    private final CaseHistory history;
    private final StatutoryPeriods periods;
    private final Clock clock;

    ServiceOfDocuments(ServiceAddressMapper addresses, CaseFileMapper cases, CaseHistory history,
            StatutoryPeriods periods, Clock clock) {
        this.addresses = addresses;
        this.cases = cases;
        this.history = history;
        this.periods = periods;
        this.clock = clock;
    }

    /**
     * What a service establishes.
     *
     * @param delivered the date entered: handed over or left, postal receipt, arrival, publication
     * @param deemed    the date the document counts as served; later windows run from it
     * @param note      what backs it: the postal receipt number, the electronic address, the public-notice reason
     */
    public record Served(ServiceMethod method, LocalDate delivered, LocalDate deemed, String note) {
    }

    /** 送达地址确认书 as entered. */
    public record AddressInput(String partyName, String postalAddress, boolean electronicConsent,
            String electronicAddress, LocalDate signedOn) {
    }

    /**
     * Applies the rule of {@code method} to a service on {@code delivered} (already checked not to lie in the
     * future). {@code reference}: the postal receipt number (mail); {@code reason}: why other methods are impossible
     * (public notice). Refuses with the legal reason; reads only (the caller writes).
     */
    public Served serve(long caseId, ServiceMethod method, LocalDate delivered, String reference, String reason) {
        if (method == null) {
            throw DomainException.invalid("field.required", "method");
        }
        return switch (method) {
            case DIRECT, LEFT_AT_RESIDENCE -> new Served(method, delivered, delivered, null);
            case MAIL -> {
                if (reference == null || reference.isBlank()) {
                    throw DomainException.invalid("service.mailReceiptRequired");
                }
                yield new Served(method, delivered, delivered, Limits.requiredText(reference, "reference", 200));
            }
            case ELECTRONIC -> {
                ServiceAddress a = addresses.latest(caseId);
                if (a == null || !a.allowsElectronicService()) {
                    throw DomainException.invalid("service.electronicNoConsent");
                }
                yield new Served(method, delivered, delivered, a.electronicAddress());
            }
            case PUBLIC_NOTICE -> {
                if (reason == null || reason.isBlank()) {
                    throw DomainException.invalid("service.publicNoticeReasonRequired");
                }
                yield new Served(method, delivered, deemedByPublicNotice(delivered),
                        Limits.requiredText(reason, "reason", 2000));
            }
        };
    }

    /** The day a document published on {@code published} counts as served (民事诉讼法 Art. 95: 30 days). */
    public LocalDate deemedByPublicNotice(LocalDate published) {
        return periods.dueFrom(published, StatutoryPeriod.PUBLIC_NOTICE_SERVICE).date();
    }

    /**
     * Records the party's 送达地址确认书 (at first contact, or a later change): the service address and, when he
     * consents, the electronic address for electronic service. A record entry. Handlers and heads of the case's unit;
     * before handlers are named, the officer who registered the lead.
     */
    @RequiresPermission(Action.SERVICE_ADDRESS)
    @Transactional
    public ServiceAddress confirmAddress(Actor actor, long caseId, AddressInput in) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        var handlers = cases.findHandlers(caseId);
        boolean allowed = actor.isHead() || handlers.stream().anyMatch(h -> h.userId == actor.userId())
                || handlers.isEmpty() && row.registeredBy != null && row.registeredBy == actor.userId();
        if (!allowed) {
            throw DomainException.forbidden("serviceAddress.handlersOrHeads");
        }
        if (in == null) {
            throw DomainException.invalid("field.required", "partyName");
        }
        String party = Limits.requiredText(in.partyName(), "partyName", 100);
        String postal = Limits.requiredText(in.postalAddress(), "postalAddress", 200);
        String electronic = in.electronicAddress() == null || in.electronicAddress().isBlank() ? null
                : Limits.requiredText(in.electronicAddress(), "electronicAddress", 200);
        if (in.electronicConsent() && electronic == null) {
            throw DomainException.invalid("serviceAddress.electronicAddressRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (in.signedOn() == null) {
            throw DomainException.invalid("field.required", "signedOn");
        }
        if (in.signedOn().isAfter(today)) {
            throw DomainException.invalid("date.inFuture", "signedOn");
        }
        addresses.insert(caseId, party, postal, in.electronicConsent(), in.electronicConsent() ? electronic : null,
                in.signedOn(), actor.userId(), LocalDateTime.now(clock));
        history.record(caseId, row.stage, row.stage, "SERVICE_ADDRESS_CONFIRMED", actor.userId(),
                in.electronicConsent()
                        ? StoredText.of("text.address.electronic", party, postal, electronic, in.signedOn())
                        : StoredText.of("text.address.postal", party, postal, in.signedOn()));
        return addresses.latest(caseId);
    }

    /** The 送达地址确认书 in force on the case, if any. */
    @Transactional(readOnly = true)
    public Optional<ServiceAddress> address(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return Optional.ofNullable(addresses.latest(caseId));
    }
}
