package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.HandlerRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.CaseHandlerChange;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskCentre;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办 of a case's handlers (承办人): a team leader or head of the case's unit replaces one handler by another
 * qualified officer of the unit (the same rule as naming the handlers: at least two enabled officers of the unit,
 * no auxiliary, each with a certificate valid today — 行政处罚法 Art. 42), with a reason. The successor takes the
 * replaced handler's place (主办 stays 主办) and the handlers' tasks he held; one {@code CASE_HANDLERS_REASSIGNED}
 * entry in the case record. Refused with nothing changed otherwise (decision 0022).
 */
@Service
public class HandlerReassignment implements CaseHandlerChange {

    private final CaseFileMapper mapper;
    private final OrganizationService organization;
    private final InboxService inbox;
    private final CaseHistory history;
    private final Clock clock;

    HandlerReassignment(CaseFileMapper mapper, OrganizationService organization, InboxService inbox,
            CaseHistory history, Clock clock) {
        this.mapper = mapper;
        this.organization = organization;
        this.inbox = inbox;
        this.history = history;
        this.clock = clock;
    }

    @RequiresPermission(Action.CASE_HANDLER_REASSIGN)
    @Transactional
    public List<Handler> reassign(Actor actor, long caseId, long fromUserId, long toUserId, String reason) {
        replaceHandler(actor, caseId, fromUserId, toUserId, reason);
        return mapper.findHandlers(caseId).stream().map(h -> new Handler(h.userId, h.name, h.role)).toList();
    }

    @Override
    @RequiresPermission(Action.CASE_HANDLER_REASSIGN)
    @Transactional
    public void replace(Actor actor, long caseId, long fromUserId, long toUserId, String reason) {
        replaceHandler(actor, caseId, fromUserId, toUserId, reason);
    }

    private void replaceHandler(Actor actor, long caseId, long fromUserId, long toUserId, String reason) {
        String why = TaskCentre.requiredText(reason, "task.reassign.reasonRequired");
        CaseRow row = mapper.findCaseForUpdate(caseId);
        if (row == null) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        if (row.unitId != actor.unitId()) {
            throw DomainException.forbidden("task.verb.otherUnit");
        }
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("handlers.reassign.closed");
        }
        List<HandlerRow> handlers = mapper.findHandlers(caseId);
        List<Long> ids = new ArrayList<>(handlers.stream().map(h -> h.userId).toList());
        int at = ids.indexOf(fromUserId);
        if (at < 0) {
            throw DomainException.invalid("handlers.reassign.notHandler");
        }
        if (ids.contains(toUserId)) {
            throw DomainException.invalid("handlers.reassign.already");
        }
        ids.set(at, toUserId);
        LocalDate today = LocalDate.now(clock);
        organization.requireQualifiedHandlers(ids, row.unitId, today);
        mapper.deleteHandlers(caseId);
        mapper.insertHandlers(caseId, ids);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("handlers", Map.of("from", fromUserId, "to", toUserId, "role", at == 0 ? "LEAD" : "ASSIST"));
        details.put("reason", why);
        history.append(caseId, List.of(new CaseRecord.Entry("CASE_HANDLERS_REASSIGNED", actor.userId(),
                StoredText.of("text.handlersReassigned", organization.user(fromUserId).displayName(),
                        organization.user(toUserId).displayName(), why),
                details, null)));
        inbox.handlerReplaced(actor.userId(), caseId, fromUserId, toUserId, why);
    }
}
