package cn.zhifa.casefile;

import cn.zhifa.organization.Actor;
import java.util.List;

/**
 * 预览文书: what completing a task with the form's current values would generate, as PDF — the step is run with every
 * check and rolled back, so nothing is stored and no 文书号 is consumed (implemented by the document module). A
 * refused step refuses the preview with the same message; a step that generates no document yields an empty list.
 */
public interface StepDocumentPreview {

    /** One document the step would generate: its register code, title and the PDF. */
    record Preview(String docType, String title, byte[] pdf) {
    }

    List<Preview> preview(Actor actor, String taskId, StepPayload payload);
}
