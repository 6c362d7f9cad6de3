package cn.zhifa.casefile;

import java.util.Set;

/** The payload types that have a form in the UI (one form per payload type); implemented by the forms' module. */
public interface StepFormCatalogue {

    Set<Class<? extends StepPayload>> payloadTypesWithForm();
}
