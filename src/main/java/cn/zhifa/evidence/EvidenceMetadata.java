package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The metadata an evidence file must carry before a byte is stored: kind, name, capture time (not in the future),
 * the capturing officers (handlers of the case, of its unit, certified on the capture day), GPS in range, stage and
 * task of the procedure.
 */
@Component
class EvidenceMetadata {

    private static final BigDecimal LAT = new BigDecimal(90);
    private static final BigDecimal LON = new BigDecimal(180);

    private final CaseFileService cases;
    private final OrganizationService organization;
    private final Clock clock;

    EvidenceMetadata(CaseFileService cases, OrganizationService organization, Clock clock) {
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    record Checked(String fileName, List<Long> officers) {
    }

    Checked check(CaseFile c, NewEvidence meta) {
        if (meta == null || meta.kind() == null) {
            throw DomainException.invalid("field.required", "kind");
        }
        if (meta.fileName() == null || meta.fileName().isBlank()) {
            throw DomainException.invalid("field.required", "fileName");
        }
        String name = EvidenceFileNames.normalise(meta.fileName());
        if (meta.capturedAt() == null) {
            throw DomainException.invalid("field.required", "capturedAt");
        }
        if (meta.capturedAt().isAfter(LocalDateTime.now(clock))) {
            throw DomainException.invalid("evidence.capturedInFuture");
        }
        Set<Long> ids = meta.officerIds() == null ? Set.of() : new LinkedHashSet<>(meta.officerIds());
        if (ids.isEmpty()) {
            throw DomainException.invalid("evidence.noOfficers");
        }
        Map<Long, UserAccount> users = organization.usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, u -> u));
        List<Long> handlers = cases.handlerIds(c.id());
        for (Long id : ids) {
            UserAccount u = users.get(id);
            if (u == null || !u.enabled() || u.unitId() != c.unitId()) {
                throw DomainException.invalid("evidence.officerOtherUnit", u == null ? String.valueOf(id)
                        : u.displayName());
            }
            if (!handlers.contains(id)) {
                throw DomainException.invalid("evidence.officerNotHandler", u.displayName());
            }
            if (!certifiedOn(u, meta.capturedAt().toLocalDate())) {
                throw DomainException.invalid("evidence.officerNoCertificate", u.displayName(),
                        meta.capturedAt().toLocalDate());
            }
        }
        if ((meta.latitude() == null) != (meta.longitude() == null)) {
            throw DomainException.invalid("evidence.gpsIncomplete");
        }
        if (meta.latitude() != null && (meta.latitude().abs().compareTo(LAT) > 0
                || meta.longitude().abs().compareTo(LON) > 0)) {
            throw DomainException.invalid("evidence.gpsRange");
        }
        if (meta.stage() != null && meta.stage().isTerminal()) {
            throw DomainException.invalid("evidence.badStage", meta.stage().name());
        }
        if (meta.taskKey() != null && !meta.taskKey().isBlank()
                && !ProcedureTasks.isUserTask(meta.taskKey())) {
            throw DomainException.invalid("evidence.badTask", meta.taskKey());
        }
        if (meta.device() != null && meta.device().length() > 64) {
            throw DomainException.invalid("evidence.deviceTooLong");
        }
        return new Checked(name, new ArrayList<>(ids));
    }

    /** A law-enforcement officer (not an auxiliary) with a certificate valid on the day. */
    boolean certifiedOn(UserAccount u, java.time.LocalDate day) {
        if (!u.roles().contains(Role.OFFICER) || u.roles().contains(Role.AUXILIARY)) {
            return false;
        }
        return organization.certificates(u.id()).stream().anyMatch((Certificate cert) -> cert.isValidOn(day));
    }

    /** The real type of the upload from its first bytes (pushed back), which must fit the claimed kind. */
    static TypeSniffer.Sniffed sniff(PushbackInputStream head, EvidenceKind kind) {
        TypeSniffer.Sniffed type;
        try {
            byte[] first = head.readNBytes(TypeSniffer.HEAD);
            head.unread(first);
            type = TypeSniffer.sniff(first, first.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            throw DomainException.invalid("evidence.unknownType");
        }
        if (!type.kinds().contains(kind)) {
            throw DomainException.invalid("evidence.kindMismatch", kindLabel(kind), type.mediaType());
        }
        return type;
    }

    static Object kindLabel(EvidenceKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {"evidence.kind." + kind.name()}, kind.name());
    }
}
