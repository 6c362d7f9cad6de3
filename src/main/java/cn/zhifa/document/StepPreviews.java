package cn.zhifa.document;

import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.DocumentRegistered;
import cn.zhifa.casefile.StepDocumentPreview;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 预览文书 from a step form's current values: the step runs in a transaction of its own with all its checks (the
 * case's fields written, the documents registered and numbered), each document the step registers is filled from the
 * case data as the step left it and laid out as PDF, and then the transaction is rolled back — nothing is stored, no
 * number is consumed, no render job or record entry remains. The preview shows a placeholder in place of the number.
 */
@Component
class StepPreviews implements StepDocumentPreview {

    static final String PREVIEW_NO = "（预览，文书号于制作时编号）";

    private final CaseWorkflowService workflow;
    private final DocumentData data;
    private final DocumentTemplates templates;
    private final DocumentEngine engine;
    private final TransactionTemplate tx;

    StepPreviews(CaseWorkflowService workflow, DocumentData data, DocumentTemplates templates, DocumentEngine engine,
            PlatformTransactionManager transactions) {
        this.workflow = workflow;
        this.data = data;
        this.templates = templates;
        this.engine = engine;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @RequiresPermission(Action.DOCUMENT_PREVIEW)
    public List<Preview> preview(Actor actor, String taskId, StepPayload payload) {
        List<DocumentRegistered> registered = new ArrayList<>();
        List<Preview> out = new ArrayList<>();
        engine.capture(registered, () -> tx.executeWithoutResult(status -> {
            status.setRollbackOnly(); // whatever happens below, nothing of it is committed
            workflow.complete(actor, taskId, payload);
            for (DocumentRegistered e : registered) {
                DocumentType type = DocumentType.of(e.docType()).orElse(null);
                if (type == null) {
                    continue; // material the system does not generate (photos, uploaded papers)
                }
                Map<String, String> fields = new LinkedHashMap<>(
                        data.build(type, e.caseId(), e.documentId(), e.title(), e.docNo()));
                if (!fields.get("docNo").isEmpty()) {
                    fields.put("docNo", PREVIEW_NO);
                }
                DocumentRenderer.Rendered r = DocumentRenderer.render(
                        templates.current(data.unitOf(e.caseId()), type).bytes(), fields);
                out.add(new Preview(type.name(), e.title(), r.pdf()));
            }
        }));
        return out;
    }
}
