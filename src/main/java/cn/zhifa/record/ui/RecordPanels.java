package cn.zhifa.record.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.organization.Actor;
import cn.zhifa.record.RecordService;
import cn.zhifa.shared.Messages;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Puts the record's verify and export at the head of the case workspace's timeline, for those allowed. */
@org.springframework.stereotype.Component
class RecordPanels implements CasePanels {

    private final RecordService records;
    private final Messages messages;

    RecordPanels(RecordService records, Messages messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public Optional<Component> timelineTools(Actor actor, CaseFile caseFile) {
        return records.mayVerify(actor, caseFile.id())
                ? Optional.of(new RecordSection(records, messages, actor, caseFile.id()))
                : Optional.empty();
    }
}
