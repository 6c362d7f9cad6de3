package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseNumberFilter;
import cn.zhifa.casefile.internal.CasePartyGramMapper;
import cn.zhifa.casefile.internal.PartyGrams;
import cn.zhifa.casefile.internal.PartyMatch;
import cn.zhifa.organization.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 案件查询 within the actor's data scope (own unit; supervisors and admins all units), newest first and paged. The
 * party matches any part of its name (decision 0032): each piece of the typed fragment is looked up in case_party_gram
 * (at most {@value #DRIVER_CAP} postings counted); a piece no case has ends the search; when the rarest piece has fewer
 * than {@value #DRIVER_CAP} cases its posting list drives the search, otherwise the fragment is common and the cases
 * are read in their own order, each re-checked with {@code LIKE '%…%'} until the page is full.
 */
@Component
class CaseSearch {

    /** Below this many cases under the rarest piece, its posting list is read first (decision 0032). */
    static final int DRIVER_CAP = 5000;
    /** A common piece's matches are counted up to this many: the grid lists the newest 1,000 (decision 0032). */
    static final int COMMON_COUNT_CAP = 1000;
    /** A piece this rare drives at once; the fragment's other pieces are not counted. */
    private static final int RARE_ENOUGH = 100;
    /** At most this many pieces of a long fragment are counted (the LIKE re-check is exact whatever drives). */
    private static final int MAX_PIECES = 16;

    private final CaseFileMapper mapper;
    private final CasePartyGramMapper grams;

    CaseSearch(CaseFileMapper mapper, CasePartyGramMapper grams) {
        this.mapper = mapper;
        this.grams = grams;
    }

    List<CaseSummary> search(Actor actor, CaseQuery q) {
        Plan plan = plan(q.party());
        if (plan.empty()) {
            return List.of();
        }
        return mapper.search(q, unitOf(actor), dayAfter(q.to()), CaseNumberFilter.parse(q.caseNo()), plan.match())
                .stream().map(r -> new CaseSummary(r.id, r.caseNo, r.unitId, r.stage, r.leadSource, r.partyName,
                        r.itemName, r.discoveredDate, r.filedDate, r.registeredAt, r.procedureType)).toList();
    }

    /** The number of matches; for a common party piece at most {@value #COMMON_COUNT_CAP} (decision 0032). */
    long count(Actor actor, CaseQuery q) {
        Plan plan = plan(q.party());
        Integer cap = plan.match() != null && plan.match().driver() == null ? COMMON_COUNT_CAP : null;
        return plan.empty() ? 0 : mapper.count(q, unitOf(actor), dayAfter(q.to()), CaseNumberFilter.parse(q.caseNo()),
                plan.match(), cap);
    }

    /** The party part of a search: none, nothing can match, or a match with or without a driving piece. */
    private Plan plan(String party) {
        Set<String> pieces = PartyGrams.ofQuery(party);
        if (pieces.isEmpty()) {
            return new Plan(false, null);
        }
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String piece : pieces.stream().limit(MAX_PIECES).toList()) {
            int n = grams.postings(piece, DRIVER_CAP);
            if (n == 0) {
                return new Plan(true, null);
            }
            if (n < fewest) {
                fewest = n;
                rarest = piece;
            }
            if (n <= RARE_ENOUGH) {
                break;
            }
        }
        return new Plan(false, new PartyMatch(PartyGrams.containsPattern(party), fewest < DRIVER_CAP ? rarest : null));
    }

    private record Plan(boolean empty, PartyMatch match) {
    }

    private static Long unitOf(Actor actor) {
        return actor.seesAllUnits() ? null : actor.unitId();
    }

    private static LocalDate dayAfter(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }
}
