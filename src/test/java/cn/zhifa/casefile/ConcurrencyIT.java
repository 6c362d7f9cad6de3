package cn.zhifa.casefile;

import static cn.zhifa.support.Race.race;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.tasks.InboxService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Concurrency gets one winner and a clear message to the loser; running numbers have no gaps or duplicates. */
@IntegrationTest
class ConcurrencyIT {

    @Autowired CaseFiles f;
    @Autowired InboxService inbox;
    @Autowired CaseWorkflowService workflow;
    @Autowired CaseFileService cases;

    @Test
    void twoHandlersClaimTheSameTaskOneWins() throws Exception {
        var c = f.aFiledCase();
        String task = f.openTask(c.id()).taskId();
        List<Object> results = race(List.of(() -> inbox.claim(f.actor("officer1"), task),
                () -> inbox.claim(f.actor("officer2"), task)));
        List<DomainException> losers = results.stream().filter(DomainException.class::isInstance)
                .map(DomainException.class::cast).toList();
        assertThat(losers).hasSize(1);
        assertThat(losers.get(0).code()).isEqualTo("task.claimedByOther");
        Long winner = f.openTask(c.id()).assigneeId();
        assertThat(winner).isIn(f.actor("officer1").userId(), f.actor("officer2").userId());
    }

    @Test
    void twoHandlersCompleteTheSameTaskOneWins() throws Exception {
        var c = f.aFiledCase();
        String task = f.openTask(c.id()).taskId();
        StepPayload.Investigate p = new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录")));
        List<Object> results = race(List.of(() -> workflow.complete(f.actor("officer1"), task, p),
                () -> workflow.complete(f.actor("officer2"), task, p)));
        List<DomainException> losers = results.stream().filter(DomainException.class::isInstance)
                .map(DomainException.class::cast).toList();
        assertThat(losers).hasSize(1);
        assertThat(losers.get(0).code()).isIn("task.goneOrDone", "task.claimedByOther", "case.concurrentChange");
        var view = cases.view(f.actor("officer1"), c.id());
        assertThat(view.caseFile().stage()).isEqualTo(CaseStage.INVESTIGATION_REPORT);
        assertThat(view.history()).filteredOn(h -> h.action().equals("INVESTIGATED")).hasSize(1);
        assertThat(view.documents()).filteredOn(d -> d.docType().equals("INVESTIGATION_RECORD")).hasSize(1);
    }

    @Test
    void caseNumbersUnderConcurrentFilingHaveNoGapsOrDuplicates() throws Exception {
        int n = 6;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(f.aCaseAwaitingFiling().id());
        }
        String[] heads = {"head1", "head2", "principal"};
        List<Callable<CaseFile>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = ids.get(i);
            String head = heads[i % heads.length];
            String task = f.openTask(id).taskId();
            calls.add(() -> workflow.complete(f.actor(head), task, new StepPayload.ApproveFiling(true, null)));
        }
        List<Object> results = race(calls);
        assertThat(results).allMatch(CaseFile.class::isInstance);
        Pattern p = Pattern.compile("第(\\d{4})号");
        List<Integer> numbers = new ArrayList<>();
        for (Object r : results) {
            Matcher m = p.matcher(((CaseFile) r).caseNo());
            assertThat(m.find()).isTrue();
            numbers.add(Integer.parseInt(m.group(1)));
        }
        Collections.sort(numbers);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i - 1) + 1);
        }
    }
}
