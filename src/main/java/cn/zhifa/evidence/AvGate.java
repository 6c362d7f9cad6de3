package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepGuard;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.evidence.internal.EvidenceMapper;
import cn.zhifa.evidence.internal.EvidenceRow;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The audio-video gate (音像记录): a step that performs a configured act cannot complete unless the case has VIDEO
 * evidence linked to that act on which at least two certified officers (valid 执法证 on the capture day, auxiliaries
 * never count) are recorded as present. Audio alone does not satisfy it: the rules ask for officers and party in
 * frame. Withdrawn evidence and video added by anyone the permission matrix does not let add evidence (a supervisor,
 * say) never count.
 */
@Component
class AvGate implements StepGuard {

    static final int MIN_CERTIFIED = 2;

    private final EvidenceMapper mapper;
    private final EvidenceSettings settings;
    private final OrganizationService organization;

    AvGate(EvidenceMapper mapper, EvidenceSettings settings, OrganizationService organization) {
        this.mapper = mapper;
        this.settings = settings;
        this.organization = organization;
    }

    /** The act a step performs, or null. {@code taskKey} may also be an act name (acts outside user tasks). */
    static AvAct actOf(String taskKey, Object payload) {
        if (payload instanceof StepPayload.Service p && p.method() == ServiceMethod.LEFT_AT_RESIDENCE
                || payload instanceof StepPayload.AdvanceNotice n && n.method() == ServiceMethod.LEFT_AT_RESIDENCE) {
            return AvAct.SERVICE_BY_LEAVING;
        }
        if (payload instanceof StepPayload.Investigate p && p.inspectionPartyAbsent()) {
            return AvAct.INSPECTION_PARTY_ABSENT;
        }
        if (payload instanceof StepPayload.Execution p && p.forcedDemolition()) {
            return AvAct.FORCED_DEMOLITION;
        }
        for (AvAct act : AvAct.values()) {
            if (act.name().equals(taskKey)) {
                return act;
            }
        }
        return null;
    }

    @Override
    public void check(Actor actor, CaseFile caseFile, String taskKey, Object payload) {
        AvAct act = actOf(taskKey, payload);
        if (act == null || !settings.getAvRequiredActs().contains(act)) {
            return;
        }
        List<EvidenceRow> videos = mapper.linkedVideo(caseFile.id(), act);
        if (videos.isEmpty()) {
            throw DomainException.invalid("evidence.av.missing", actLabel(act));
        }
        int best = 0;
        for (EvidenceRow v : videos) {
            if (addedByOfficer(v)) {
                best = Math.max(best, certifiedPresent(v));
            }
        }
        if (best < MIN_CERTIFIED) {
            throw DomainException.invalid("evidence.av.tooFewOfficers", actLabel(act), best, MIN_CERTIFIED);
        }
    }

    /**
     * Whether the video was added by someone the permission matrix lets add evidence (an officer, not a supervisor,
     * admin, legal reviewer or auxiliary): items added before the matrix was enforced do not count otherwise.
     */
    private boolean addedByOfficer(EvidenceRow v) {
        return organization.usersByIds(List.of(v.uploadedBy)).stream()
                .anyMatch(u -> Permissions.allows(u.toActor(), Action.EVIDENCE_ADD));
    }

    /** Distinct officers present on the video holding a valid certificate on the capture day (not auxiliaries). */
    private int certifiedPresent(EvidenceRow v) {
        List<Long> ids = mapper.officersOf(v.id).stream().map(o -> o.userId).distinct().toList();
        Map<Long, UserAccount> users = organization.usersByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        int n = 0;
        for (Long id : ids) {
            UserAccount u = users.get(id);
            if (u == null || !u.roles().contains(Role.OFFICER) || u.roles().contains(Role.AUXILIARY)) {
                continue;
            }
            List<Certificate> certs = organization.certificates(id);
            if (certs.stream().anyMatch(c -> c.isValidOn(v.capturedAt.toLocalDate()))) {
                n++;
            }
        }
        return n;
    }

    static Object actLabel(AvAct act) {
        return new DefaultMessageSourceResolvable(new String[] {"evidence.act." + act.name()}, act.name());
    }
}
