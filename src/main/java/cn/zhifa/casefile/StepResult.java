package cn.zhifa.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a step's completion changes besides the case's fields ({@link CaseChanges}): the engine variables its
 * gateways read, the writes in their declared order (documents for the register, other modules' acts, events) and
 * the record entry (action and comment). Built by {@link Step#apply}; nothing in it has happened yet.
 */
public final class StepResult {

    /** A write of the step, performed by the pipeline in the order declared. */
    public sealed interface Write permits Document, Act, Event {
    }

    /** A document for the register ({@code case_document} and its record entry). */
    public record Document(String code, String title, String docNo) implements Write {
    }

    /** An act owned by another module (a review round, the notice, a hearing, a clock pause). */
    public record Act(Runnable run) implements Write {
    }

    /** An application event published in the step's transaction. */
    public record Event(Object event) implements Write {
    }

    private String action;
    private Function<CaseChanges, String> comment = c -> null;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();

    /** The record entry's action and comment (data as typed, stored as is). */
    public StepResult done(String action, String comment) {
        return done(action, c -> comment);
    }

    /** The record entry's action and its text of the bundles (decision 0033). */
    public StepResult done(String action, cn.zhifa.shared.StoredText text) {
        String stored = cn.zhifa.shared.StoredText.stored(text);
        return done(action, c -> stored);
    }

    /** The record entry's action; the comment is read from the case once persisted (e.g. the assigned number). */
    public StepResult done(String action, Function<CaseChanges, String> comment) {
        this.action = action;
        this.comment = comment;
        return this;
    }

    /** The record entry's action; its text of the bundles is made from the case once persisted (decision 0033). */
    public StepResult doneText(String action, Function<CaseChanges, cn.zhifa.shared.StoredText> text) {
        return done(action, c -> cn.zhifa.shared.StoredText.stored(text.apply(c)));
    }

    public StepResult variable(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    /** A document of the system with its standard title. */
    public StepResult document(DocumentKind kind) {
        return document(kind, kind.title(), null);
    }

    public StepResult document(DocumentKind kind, String title, String docNo) {
        writes.add(new Document(kind.code(), title, docNo));
        return this;
    }

    /** A document an officer entered with the step (investigation records: the code as entered). */
    public StepResult entered(String code, String title) {
        writes.add(new Document(code, title, null));
        return this;
    }

    public StepResult act(Runnable run) {
        writes.add(new Act(run));
        return this;
    }

    public StepResult event(Object event) {
        writes.add(new Event(event));
        return this;
    }

    public String action() {
        return action;
    }

    public String comment(CaseChanges after) {
        return comment.apply(after);
    }

    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(variables);
    }

    public List<Write> writes() {
        return Collections.unmodifiableList(writes);
    }
}
