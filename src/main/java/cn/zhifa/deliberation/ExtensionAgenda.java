package cn.zhifa.deliberation;

import static cn.zhifa.deliberation.MeetingRules.caseNo;
import static cn.zhifa.shared.Limits.requiredText;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CollectiveDeliberation.ExtensionResolution;
import cn.zhifa.casefile.DecisionExtensions;
import cn.zhifa.deliberation.internal.DeliberationMapper;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The extension question on a meeting's agenda (延长办案期限, 住建部令55 Art. 29; decision 0030): which cases may be put
 * on it — any case of the unit whose decision clock runs and whose head's extension is used, whatever its open step —
 * and the extension resolutions as the case file's clock reads them.
 */
@Component
class ExtensionAgenda {

    private final DeliberationMapper mapper;
    private final CaseFileService cases;
    private final DecisionExtensions extensions;

    ExtensionAgenda(DeliberationMapper mapper, CaseFileService cases, DecisionExtensions extensions) {
        this.mapper = mapper;
        this.cases = cases;
        this.extensions = extensions;
    }

    /** The checked extension items to add (not inserted yet), keyed by case; {@code decisionCases} are on already. */
    Map<Long, ItemRow> check(Actor actor, List<ExtensionRequest> requests, List<Long> decisionCases) {
        Map<Long, ItemRow> out = new LinkedHashMap<>();
        for (ExtensionRequest r : requests == null ? List.<ExtensionRequest>of() : requests) {
            if (r == null || r.caseId() == null) {
                throw DomainException.invalid("field.required", "caseId");
            }
            if (r.days() == null) {
                throw DomainException.invalid("field.required", "days");
            }
            CaseFile c = cases.get(actor, r.caseId());
            if (c.unitId() != actor.unitId()) {
                throw DomainException.notFound("case.notFound", r.caseId());
            }
            if (decisionCases.contains(r.caseId()) || out.containsKey(r.caseId())) {
                throw DomainException.invalid("deliberation.caseTwiceOnAgenda", caseNo(c));
            }
            extensions.checkRequest(actor, r.caseId(), r.days());
            ItemRow item = new ItemRow();
            item.caseId = r.caseId();
            item.kind = ItemKind.EXTENSION.name();
            item.requestedDays = r.days();
            item.requestReason = requiredText(r.reason(), "reason", Limits.TEXT);
            item.caseNo = caseNo(c);
            out.put(r.caseId(), item);
        }
        if (!out.isEmpty()) {
            List<Long> busy = mapper.casesOnOpenAgenda(new ArrayList<>(out.keySet()), ItemKind.EXTENSION.name());
            if (!busy.isEmpty()) {
                throw DomainException.conflict("deliberation.caseOnOtherAgenda", out.get(busy.get(0)).caseNo);
            }
        }
        return out;
    }

    /** Cases a head may put on a meeting for the extension question and that are not on an unfinished one yet. */
    List<CaseFile> candidates(Actor actor) {
        List<Long> ids = extensions.candidates(actor);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> busy = mapper.casesOnOpenAgenda(ids, ItemKind.EXTENSION.name());
        return ids.stream().filter(id -> !busy.contains(id)).map(id -> cases.get(actor, id)).toList();
    }

    Optional<ExtensionResolution> resolution(long itemId) {
        ItemRow i = mapper.findItem(itemId);
        return i == null || !ItemKind.EXTENSION.name().equals(i.kind) ? Optional.empty() : Optional.of(toResolution(i));
    }

    List<ExtensionResolution> resolutions(long caseId) {
        return mapper.extensionItemsOfCase(caseId).stream().map(ExtensionAgenda::toResolution).toList();
    }

    private static ExtensionResolution toResolution(ItemRow i) {
        boolean confirmed = MeetingStatus.CONFIRMED.name().equals(i.meetingStatus);
        return new ExtensionResolution(i.id, i.meetingId, i.caseId, ItemStatus.ADOPTED.name().equals(i.status),
                confirmed, i.extensionDays == null ? 0 : i.extensionDays, i.resolutionText,
                confirmed && i.confirmedAt != null ? i.confirmedAt.toLocalDate() : null);
    }
}
