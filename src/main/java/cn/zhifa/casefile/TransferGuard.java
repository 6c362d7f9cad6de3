package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.TransferMapper;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * While a transfer for suspected crime is under way (reported, approved or handed over, no answer yet) no step of the
 * ordinary procedure is completed: no advance notice, no decision — the administrative penalty does not replace the
 * criminal one (行政处罚法 Art. 27; decision 0028). Acts outside user tasks (e.g. 查封扣押) stay possible.
 */
@Component
class TransferGuard implements StepGuard {

    private final TransferMapper transfers;

    TransferGuard(TransferMapper transfers) {
        this.transfers = transfers;
    }

    @Override
    public void check(Actor actor, CaseFile caseFile, String taskKey, Object payload) {
        if (taskKey != null && taskKey.startsWith("Task_")
                && transfers.transfers(caseFile.id()).stream().anyMatch(CaseTransfer::isOpen)) {
            throw DomainException.invalid("transfer.stepsHeld");
        }
    }
}
