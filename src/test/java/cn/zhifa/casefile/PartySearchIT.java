package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案件查询 by any part of the party's name (issue 16 item 7, decision 0032), on H2 and on MariaDB: a fragment from the
 * middle, the end, one character, Latin letters in any case, LIKE's metacharacters taken literally, the data scope
 * kept, a common piece read in date order, and a corrected name found by its new fragment only.
 */
@IntegrationTest
class PartySearchIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired CaseFileMapper mapper;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    /** Lower-case letters and digits, unique to this run: the search sees only this test's cases. */
    private static String tag() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), 36);
    }

    /** A CJK Extension B character (4 bytes in UTF-8) no other test uses. */
    private static String rareCharacter() {
        return new String(Character.toChars(0x20000 + ThreadLocalRandom.current().nextInt(0x9000)));
    }

    private long lead(String party) {
        return cases.registerLead(f.actor("officer1"), f.lead(party)).id();
    }

    private List<Long> ids(String username, String party) {
        return ids(f.actor(username), party);
    }

    private List<Long> ids(Actor actor, String party) {
        List<CaseSummary> found = cases.search(actor, new CaseQuery(null, party, null, null, null, 0, 500));
        assertThat(found).allSatisfy(c -> assertThat(c.partyName().toLowerCase(Locale.ROOT))
                .contains(party.strip().toLowerCase(Locale.ROOT)));
        long count = cases.count(actor, new CaseQuery(null, party, null, null, null, 0, 500));
        if (found.size() < 500) {
            assertThat(count).as("count of %s", party).isEqualTo(found.size());
        }
        return found.stream().map(CaseSummary::id).toList();
    }

    @Test
    void aFragmentFromTheMiddleOrTheEndFindsTheParty() {
        String tag = tag();
        long org = lead("北京市朝阳区" + tag + "某某餐饮有限公司");
        long person = lead("张" + tag + "三");

        assertThat(ids("officer1", tag + "某某餐饮")).containsExactly(org);
        assertThat(ids("officer1", "某某餐饮")).contains(org).doesNotContain(person);
        assertThat(ids("officer1", tag + "某某餐饮有限公司")).containsExactly(org);
        assertThat(ids("officer1", tag + "三")).containsExactly(person);
        assertThat(ids("officer1", tag)).containsExactly(person, org); // newest first
        assertThat(ids("officer1", " " + tag + "三 ")).as("blanks around the fragment").containsExactly(person);
        assertThat(ids("officer1", "某某" + tag)).isEmpty();
        // every pair of the fragment is in the name, but not the fragment: the LIKE re-check drops it
        long pairs = lead(tag + "甲乙乙甲");
        assertThat(ids("officer1", tag + "甲乙甲")).isEmpty();
        assertThat(ids("officer1", tag + "甲乙乙")).containsExactly(pairs);
        assertThat(ids("officer1", tag + "四")).isEmpty();
    }

    @Test
    void oneCharacterFindsEveryNameThatHasIt() {
        String tag = tag();
        String rare = rareCharacter();
        long rareCase = lead(rare + "某" + tag);
        long zhang = lead("李" + tag + "张");

        assertThat(ids("officer1", rare)).containsExactly(rareCase);
        assertThat(ids("officer1", "张")).contains(zhang).doesNotContain(rareCase);
        assertThat(ids("officer1", rare + "某")).containsExactly(rareCase);
    }

    @Test
    void latinNamesAndDigitsMatchWhateverTheCase() {
        String tag = tag();
        long latin = lead("Zhifa " + tag.toUpperCase(Locale.ROOT) + " Trading Co., Ltd.");

        assertThat(ids("officer1", tag + " trading")).containsExactly(latin);
        assertThat(ids("officer1", "ZHIFA " + tag.toUpperCase(Locale.ROOT))).containsExactly(latin);
        assertThat(ids("officer1", "zhifa " + tag)).containsExactly(latin);
        assertThat(ids("officer1", tag.substring(2, 6))).contains(latin);
    }

    @Test
    void likeMetacharactersAreCharactersOfTheName() {
        String tag = tag();
        long percent = lead("王" + tag + "100%折扣店");
        long underscore = lead("王" + tag + "a_b店");
        long bang = lead("王" + tag + "x!y店");

        assertThat(ids("officer1", tag + "100%")).containsExactly(percent);
        assertThat(ids("officer1", tag + "1_0")).isEmpty(); // "_" is not "any one character"
        assertThat(ids("officer1", "0%折")).contains(percent).doesNotContain(underscore, bang);
        assertThat(ids("officer1", tag + "a_b")).containsExactly(underscore);
        assertThat(ids("officer1", tag + "a%b")).isEmpty(); // "%" is not "anything"
        assertThat(ids("officer1", tag + "x!y")).containsExactly(bang);
        assertThat(ids("officer1", "%")).contains(percent).doesNotContain(underscore, bang);
        assertThat(ids("officer1", "_")).contains(underscore).doesNotContain(percent, bang);
    }

    @Test
    void theDataScopeStillHolds() {
        String tag = tag();
        long own = lead("赵" + tag + "建材经营部");

        assertThat(ids("wj_officer1", tag + "建材")).as("another unit's officer").isEmpty();
        assertThat(ids("supervisor1", tag + "建材")).as("a supervisor sees all units").containsExactly(own);
        assertThat(ids("officer1", tag + "建材")).containsExactly(own);
        assertThat(cases.search(f.actor("officer1"), new CaseQuery(null, tag, CaseStage.ARCHIVED, null, null, 0, 50)))
                .as("the other filters still apply").isEmpty();
    }

    @Test
    void aCommonPieceIsReadInDateOrderWithTheSameResult() {
        String tag = tag();
        String common = rareCharacter();
        long hit = lead("钱" + common + tag);
        // another character beyond the BMP: MariaDB's utf8mb4_unicode_ci weighs the two alike, the re-check must not
        String decoy = common;
        while (decoy.equals(common)) {
            decoy = rareCharacter();
        }
        lead("孙" + decoy + tag());
        // the piece made common: more postings than CaseSearch.DRIVER_CAP (of cases that do not exist)
        List<Object[]> postings = new ArrayList<>();
        for (long i = 1; i <= CaseSearch.DRIVER_CAP; i++) {
            postings.add(new Object[] {common, -i});
        }
        jdbc.batchUpdate("INSERT INTO case_party_gram (gram, case_id) VALUES (?, ?)", postings);
        try {
            assertThat(ids("officer1", common)).containsExactly(hit);
            assertThat(ids("officer1", common + tag)).containsExactly(hit);
        } finally {
            jdbc.update("DELETE FROM case_party_gram WHERE gram = ? AND case_id < 0", common);
        }
    }

    @Test
    void aCorrectedNameIsFoundByItsNewFragmentAndNotByItsOldOne() {
        String tag = tag();
        long id = lead("孙" + tag + "旧名称商行");
        assertThat(ids("officer1", tag + "旧名称")).containsExactly(id);

        // a correction writes the changed column (CaseFileMapper.updateChanged), in its transaction
        tx.executeWithoutResult(s -> {
            CaseRow row = mapper.findCaseForUpdate(id);
            row.partyName = "孙" + tag + "新名称商行";
            assertThat(mapper.updateChanged(row, Set.of("partyName"))).isEqualTo(1);
        });
        assertThat(ids("officer1", tag + "新名称")).containsExactly(id);
        assertThat(ids("officer1", tag + "旧名称")).isEmpty();
        assertThat(ids("officer1", "旧")).doesNotContain(id);

        // a whole-row update with another name does the same; one that rolls back changes nothing
        tx.executeWithoutResult(s -> {
            CaseRow row = mapper.findCaseForUpdate(id);
            row.partyName = "Sun " + tag + " Trading";
            assertThat(mapper.updateCase(row)).isEqualTo(1);
        });
        assertThat(ids("officer1", tag + " trad")).containsExactly(id);
        assertThat(ids("officer1", tag + "新名称")).isEmpty();
        tx.executeWithoutResult(s -> {
            CaseRow row = mapper.findCaseForUpdate(id);
            row.partyName = "周" + tag + "回滚";
            mapper.updateChanged(row, Set.of("partyName"));
            s.setRollbackOnly();
        });
        assertThat(ids("officer1", tag + "回滚")).isEmpty();
        assertThat(ids("officer1", tag + " trad")).containsExactly(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_party_gram WHERE case_id = ?", Integer.class, id))
                .as("the pieces of the current name only").isEqualTo(
                        cn.zhifa.shared.PartyGrams.of("Sun " + tag + " Trading").size());
    }
}
