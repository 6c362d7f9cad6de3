package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseNumberFilter;
import cn.zhifa.casefile.internal.CasePartyGramMapper;
import cn.zhifa.shared.PartyGrams;
import cn.zhifa.shared.PartyMatch;
import cn.zhifa.organization.Actor;
import java.time.LocalDate;
import java.util.List;
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

    private final CaseFileMapper mapper;
    private final CasePartyGramMapper grams;

    CaseSearch(CaseFileMapper mapper, CasePartyGramMapper grams) {
        this.mapper = mapper;
        this.grams = grams;
    }

    List<CaseSummary> search(Actor actor, CaseQuery q) {
        PartyMatch party = plan(q.party());
        if (party != null && party.none()) {
            return List.of();
        }
        return mapper.search(q, unitOf(actor), dayAfter(q.to()), CaseNumberFilter.parse(q.caseNo()), party)
                .stream().map(r -> new CaseSummary(r.id, r.caseNo, r.unitId, r.stage, r.leadSource, r.partyName,
                        r.itemName, r.discoveredDate, r.filedDate, r.registeredAt, r.procedureType)).toList();
    }

    /** The number of matches; for a common party piece at most {@value #COMMON_COUNT_CAP} (decision 0032). */
    long count(Actor actor, CaseQuery q) {
        PartyMatch party = plan(q.party());
        Integer cap = party != null && party.driver() == null ? COMMON_COUNT_CAP : null;
        return party != null && party.none() ? 0 : mapper.count(q, unitOf(actor), dayAfter(q.to()),
                CaseNumberFilter.parse(q.caseNo()), party, cap);
    }

    /** The party part of a search: null (no party), a match nothing can meet, or one with or without a driver. */
    private PartyMatch plan(String party) {
        return PartyGrams.plan(party, DRIVER_CAP, grams::postings);
    }

    private static Long unitOf(Actor actor) {
        return actor.seesAllUnits() ? null : actor.unitId();
    }

    private static LocalDate dayAfter(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }
}
