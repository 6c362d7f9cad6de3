package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.shared.DomainException;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** Who may not act on which duty of which case: the one place the "must not be a handler" rule is written. */
@Component
public class SeparationOfDuties {

    private final CaseFileMapper mapper;

    SeparationOfDuties(CaseFileMapper mapper) {
        this.mapper = mapper;
    }

    /** Refuses when {@code userId} is one of {@code handlerIds} (already loaded by the caller). */
    public static void require(Duty duty, long userId, Collection<Long> handlerIds) {
        if (handlerIds.contains(userId)) {
            throw duty.forbidden() ? DomainException.forbidden(duty.refusal())
                    : DomainException.invalid(duty.refusal());
        }
    }

    /** Refuses when {@code userId} is a handler of the case. */
    public void require(Duty duty, long userId, long caseId) {
        require(duty, userId, mapper.findHandlers(caseId).stream().map(h -> h.userId).toList());
    }
}
