package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepFormCatalogue;
import cn.zhifa.casefile.StepPayload;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Which form completes which task: one form per {@link StepPayload} type. */
final class StepForms {
    private StepForms() {
    }

    private static final Map<Class<? extends StepPayload>, Function<FormContext, StepForm<?>>> FORMS = Map.ofEntries(
            Map.entry(StepPayload.VerifyLead.class, VerifyLeadForm::new),
            Map.entry(StepPayload.ApproveFiling.class, ApproveFilingForm::new),
            Map.entry(StepPayload.Investigate.class, InvestigateForm::new),
            Map.entry(StepPayload.InvestigationReport.class, InvestigationReportForm::new),
            Map.entry(StepPayload.CaseReview.class, CaseReviewForm::new),
            Map.entry(StepPayload.LegalReview.class, LegalReviewForm::new),
            Map.entry(StepPayload.AdvanceNotice.class, AdvanceNoticeForm::new),
            Map.entry(StepPayload.StatementDefence.class, StatementDefenceForm::new),
            Map.entry(StepPayload.ScheduleHearing.class, ScheduleHearingForm::new),
            Map.entry(StepPayload.HoldHearing.class, HoldHearingForm::new),
            Map.entry(StepPayload.CorrectDocuments.class, CorrectDocumentsForm::new),
            Map.entry(StepPayload.Deliberation.class, DeliberationForm::new),
            Map.entry(StepPayload.Decision.class, DecisionForm::new),
            Map.entry(StepPayload.Service.class, ServiceForm::new),
            Map.entry(StepPayload.Execution.class, ExecutionForm::new),
            Map.entry(StepPayload.ClosingApproval.class, ClosingApprovalForm::new));

    /** The form completing a payload type (the step's, from the catalogue), if it has one. */
    static Optional<StepForm<?>> forPayload(Class<? extends StepPayload> type, FormContext context) {
        Function<FormContext, StepForm<?>> factory = type == null ? null : FORMS.get(type);
        return factory == null ? Optional.empty() : Optional.of(factory.apply(context));
    }

    /** The payload types that have a form. */
    static Set<Class<? extends StepPayload>> payloadTypes() {
        return FORMS.keySet();
    }

    /** The forms' side of the start-up check of the step catalogue. */
    @Component
    static class Catalogue implements StepFormCatalogue {
        @Override
        public Set<Class<? extends StepPayload>> payloadTypesWithForm() {
            return payloadTypes();
        }
    }
}
