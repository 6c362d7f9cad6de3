package cn.zhifa.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.organization.internal.OrganizationMapper;
import cn.zhifa.shared.PartyGrams;
import cn.zhifa.shared.PartyMatch;
import cn.zhifa.support.IntegrationTest;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Insert → update → read round trips of every case column, with 4-byte UTF-8 text, on the test database. */
@IntegrationTest
@Transactional
class CaseFileMapperIT {

    @Autowired CaseFileMapper mapper;
    @Autowired OrganizationMapper organization;
    @Autowired org.apache.ibatis.session.SqlSessionFactory sessions;

    /** The case row's map names every field (no automatic mapping, worked out again per execution): a new field too. */
    @Test
    void theCaseRowMapNamesEveryField() {
        var map = sessions.getConfiguration().getResultMap(CaseFileMapper.class.getName() + ".caseRow");
        assertThat(map.getAutoMapping()).isFalse();
        assertThat(map.getMappedProperties()).containsExactlyInAnyOrderElementsOf(java.util.Arrays
                .stream(CaseRow.class.getFields()).filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList());
    }

    @Test
    void everyCaseColumnRoundTrips() throws Exception {
        long unit = organization.findUnits().get(1).id;
        long user = organization.findUsers(unit).get(0).id;
        long item = organization.findItems(true).get(0).id;
        String itemName = organization.findItem(item).name;
        CaseRow row = new CaseRow();
        row.unitId = unit;
        row.procedureType = "ORDINARY";
        row.stage = CaseStage.VERIFICATION;
        row.leadSource = LeadSource.VIDEO_PATROL;
        row.leadSummary = "视频巡查：𠀋 路口占道 😀 ".repeat(100);
        row.location = "朝阳路𠀋号";
        row.itemId = item;
        row.partyName = "𠮷野家餐饮";
        row.actDate = LocalDate.of(2026, 3, 1);
        row.discoveredDate = LocalDate.of(2026, 3, 2);
        row.registeredBy = user;
        row.registeredAt = LocalDateTime.of(2026, 3, 2, 9, 30, 15);
        mapper.insertCase(row);
        assertThat(row.id).isPositive();

        row.caseNo = "测综执立字〔2026〕第9999号-" + row.id;
        row.caseYear = 2026;
        row.caseSeq = 9999;
        row.stage = CaseStage.ARCHIVED;
        row.filedDate = LocalDate.of(2026, 3, 3);
        row.decidedDate = LocalDate.of(2026, 4, 1);
        row.servedDate = LocalDate.of(2026, 4, 2);
        row.closedDate = LocalDate.of(2026, 4, 20);
        row.archivedAt = LocalDateTime.of(2026, 4, 20, 16, 0, 1);
        row.facts = "事实".repeat(3000);
        row.notFiledReason = "无";
        row.proposedOutcome = OutcomeType.FINE;
        row.proposedFine = new BigDecimal("123456789012.34");
        row.proposedConfiscation = new BigDecimal("0.01");
        row.correctionOrder = "责令改正";
        row.discretionReason = "裁量";
        row.major = true;
        row.majorReason = "重大";
        row.deliberationRequired = true;
        row.legalReviewPassed = true;
        row.benchmarkDeparture = true;
        row.benchmarkDepartureReason = "偏离裁量基准";
        row.deliberationReferred = true;
        row.noticeServedDate = LocalDate.of(2026, 3, 20);
        row.noticeMethod = ServiceMethod.MAIL;
        row.notifiedFine = new BigDecimal("500.00");
        row.statementSummary = "陈述";
        row.statementWaived = false;
        row.reviewOpinion = "复核";
        row.legalReviewOpinion = "法制审核";
        row.deliberationResolution = "集体讨论";
        row.decidedOutcome = OutcomeType.CONFISCATION;
        row.decidedFine = new BigDecimal("400.00");
        row.decidedConfiscation = new BigDecimal("99.99");
        row.decidedBy = user;
        row.serviceMethod = ServiceMethod.ELECTRONIC;
        row.paidAmount = new BigDecimal("400.00");
        row.paidDate = LocalDate.of(2026, 4, 10);
        row.executionNote = "执行";
        row.executedDate = LocalDate.of(2026, 4, 10);
        row.closingSummary = "结案";
        row.processInstanceId = "pi-" + row.id;
        row.clockProcessId = "clock-" + row.id;
        row.noticeDeliveredDate = LocalDate.of(2026, 2, 18);
        row.noticeServiceNote = "下落不明𠀋";
        row.serviceDeliveredDate = LocalDate.of(2026, 3, 3);
        row.serviceNote = "EMS1234567890CN";
        row.actEndDate = LocalDate.of(2026, 3, 2);
        row.limitationClass = cn.zhifa.casefile.LimitationClass.SAFETY_HARM;
        row.limitationGround = "法律另有规定";
        row.educationRecord = "当场批评教育𠀋";
        row.decisionOpinion = "同意。按一般情形处罚𠀋";
        row.benchmarkId = 7L;
        row.benchmarkTier = "GENERAL";
        row.benchmarkVersion = 2;
        assertThat(mapper.updateCase(row)).isEqualTo(1);
        assertThat(mapper.updateCase(row)).as("stale version").isZero();

        CaseRow read = mapper.findCase(row.id);
        row.version = 1;
        row.itemName = itemName;
        for (Field f : CaseRow.class.getFields()) {
            if (f.getName().equals("lockedTaskKey") || f.getName().equals("actorHandlerCount")) {
                continue; // not columns: answered only by the pipeline's load-and-lock (findCaseOfTaskForUpdate)
            }
            assertThat(f.get(row)).as("test sets %s", f.getName()).isNotNull();
            Object expected = f.get(row);
            Object actual = f.get(read);
            if (expected instanceof BigDecimal b) {
                assertThat((BigDecimal) actual).as(f.getName()).isEqualByComparingTo(b);
            } else {
                assertThat(actual).as(f.getName()).isEqualTo(expected);
            }
        }
        assertThat(mapper.search(new CaseQuery(null, "𠮷野家", CaseStage.ARCHIVED, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2), 0, 10), unit, LocalDate.of(2026, 3, 3), null,
                new PartyMatch(PartyGrams.containsPattern("𠮷野家"), "𠮷野", "𠮷野", false))).extracting(r -> r.id)
                .containsExactly(row.id);
        assertThat(mapper.search(CaseQuery.all(), unit, null, CaseNumberFilter.parse(row.caseNo), null))
                .extracting(r -> r.id).containsExactly(row.id);
        assertThat(mapper.search(CaseQuery.all(), unit, null, CaseNumberFilter.parse("2026-9999"), null))
                .extracting(r -> r.id).contains(row.id);
    }

    @Test
    void partiesHandlersDocumentsHistoryRoundTrip() {
        long unit = organization.findUnits().get(1).id;
        long user = organization.findUsers(unit).get(0).id;
        CaseRow row = new CaseRow();
        row.unitId = unit;
        row.procedureType = "ORDINARY";
        row.stage = CaseStage.VERIFICATION;
        row.leadSource = LeadSource.COMPLAINT;
        row.leadSummary = "举报";
        row.discoveredDate = LocalDate.of(2026, 1, 5);
        row.registeredBy = user;
        row.registeredAt = LocalDateTime.of(2026, 1, 5, 8, 0);
        mapper.insertCase(row);

        PartyRow p = new PartyRow();
        p.caseId = row.id;
        p.kind = PartyKind.ORGANIZATION;
        p.name = "北京𠀋有限公司";
        p.idType = IdType.CREDIT_CODE;
        p.idNo = "91110105MA01ABCD1X";
        p.phone = "010-88886666";
        p.address = "朝阳北街12号";
        mapper.insertParty(p);
        PartyRow rp = mapper.findParties(row.id).get(0);
        assertThat(rp).usingRecursiveComparison().isEqualTo(p);

        mapper.insertHandler(row.id, user, "LEAD");
        HandlerRow h = mapper.findHandlers(row.id).get(0);
        assertThat(h.userId).isEqualTo(user);
        assertThat(h.role).isEqualTo("LEAD");
        assertThat(h.name).isNotBlank();

        DocumentRow d = new DocumentRow();
        d.caseId = row.id;
        d.docType = "DECISION";
        d.title = "行政处罚决定书";
        d.docNo = "朝综执罚决字〔2026〕第0001号";
        d.stage = CaseStage.DECISION;
        d.createdBy = user;
        d.createdAt = LocalDateTime.of(2026, 2, 1, 10, 11, 12);
        mapper.insertDocument(d);
        assertThat(mapper.findDocuments(row.id).get(0)).usingRecursiveComparison().isEqualTo(d);
        assertThat(mapper.countDocuments(row.id, "DECISION")).isEqualTo(1);
        // the timeline (findHistory) reads the record: see cn.zhifa.record.RecordChainIT
    }
}
