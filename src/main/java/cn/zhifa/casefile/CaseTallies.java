package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseTallyMapper;
import cn.zhifa.casefile.internal.CaseTallyMapper.TallyLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cockpit's counters over the case files (cases per unit, registration month, procedure and outcome with fines
 * decided and collected; cases per unit and stage): kept current with every write of a case in its own transaction
 * ({@code CaseTallyInterceptor}); compared with the figures computed from case_file and rebuilt from scratch here —
 * by the admin action, and at start-up when they are empty while cases exist. A rebuild reports the lines that had
 * drifted (a write behind the application's back, e.g. a bulk import), so a drift is never silent.
 */
@Service
public class CaseTallies {

    private static final Logger LOG = LoggerFactory.getLogger(CaseTallies.class);

    /** A rebuild's result: the counter lines that differed before, and the lines written. */
    public record Rebuilt(List<String> drifted, int monthLines, int stageLines, long millis) {
    }

    private final CaseTallyMapper mapper;

    CaseTallies(CaseTallyMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The counter lines whose stored value differs from the one computed from case_file now, as
     * "key stored→computed" (empty: the read model equals the direct computation).
     */
    @Transactional(readOnly = true)
    public List<String> drift() {
        Map<String, TallyLine> stored = byKey(mapper.storedLines());
        Map<String, TallyLine> computed = byKey(mapper.computedLines());
        List<String> out = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        stored.keySet().forEach(k -> keys.put(k, true));
        computed.keySet().forEach(k -> keys.put(k, true));
        for (String k : keys.keySet()) {
            TallyLine s = stored.get(k);
            TallyLine c = computed.get(k);
            if (s == null || c == null || s.cases() != c.cases() || s.fined().compareTo(c.fined()) != 0
                    || s.collected().compareTo(c.collected()) != 0) {
                out.add(k + " " + show(s) + "→" + show(c));
            }
        }
        return out;
    }

    private static Map<String, TallyLine> byKey(List<TallyLine> lines) {
        Map<String, TallyLine> m = new TreeMap<>();
        lines.forEach(l -> m.put(l.key(), l));
        return m;
    }

    private static String show(TallyLine l) {
        return l == null ? "-" : l.cases() + "/" + l.fined().toPlainString() + "/" + l.collected().toPlainString();
    }

    /** Recomputes every counter from case_file in one transaction. */
    @Transactional
    public Rebuilt rebuild() {
        long t0 = System.nanoTime();
        List<String> drifted = drift();
        mapper.clearMonths();
        mapper.clearStages();
        int months = mapper.fillMonths();
        int stages = mapper.fillStages();
        Rebuilt r = new Rebuilt(drifted, months, stages, (System.nanoTime() - t0) / 1_000_000);
        if (drifted.isEmpty()) {
            LOG.info("cockpit counters rebuilt: {} month and {} stage lines, no drift, {} ms", months, stages,
                    r.millis());
        } else {
            LOG.warn("cockpit counters rebuilt: {} lines had drifted (first: {}); {} month and {} stage lines, {} ms",
                    drifted.size(), drifted.get(0), months, stages, r.millis());
        }
        return r;
    }

    /** At start-up: counters empty while cases exist (e.g. restored without them) are rebuilt. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuildIfEmpty() {
        if (mapper.countMonthRows() == 0 && mapper.countStageRows() == 0 && mapper.anyCase()) {
            rebuild();
        }
    }
}
