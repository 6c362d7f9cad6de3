package cn.zhifa.publication.internal;

import cn.zhifa.publication.PublicationStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PublicationMapper {

    void insert(PublicationRow row);

    int update(PublicationRow row);

    PublicationRow find(long id);

    PublicationRow findForUpdate(long id);

    PublicationRow findByCase(long caseId);

    List<PublicationRow> queue(@Param("unitId") Long unitId, @Param("statuses") Collection<PublicationStatus> statuses,
            @Param("limit") int limit);

    /**
     * Public: published, within the display period, matching the filters; newest first; after the cursor
     * (published date, id) when given.
     */
    List<PublicationRow> published(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("itemId") Long itemId, @Param("today") LocalDate today,
            @Param("afterDate") LocalDate afterDate, @Param("afterId") Long afterId, @Param("limit") int limit);

    /** How many rows the public list has, counting at most {@code cap}. */
    long countPublished(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("itemId") Long itemId,
            @Param("today") LocalDate today, @Param("cap") int cap);

    /** The keyset position (id, published date) of a listed publication, by its public id; null if not listed. */
    PublicationRow listCursor(@Param("publicId") String publicId, @Param("today") LocalDate today);

    /** Public: a published (in its display period) or withdrawn publication by its public id; null otherwise. */
    PublicationRow findPublic(@Param("publicId") String publicId, @Param("today") LocalDate today);

    List<Long> expired(@Param("today") LocalDate today);

    CaseSourceRow caseSource(long caseId);

    List<PartySourceRow> parties(long caseId);

    List<Long> handlerIds(long caseId);

    // ---- annual statistics (decisions of a unit within [from, to)) ----

    List<CountRow> decisionsByOutcome(@Param("unitId") long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<CountRow> decisionsByItem(@Param("unitId") long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<CountRow> decisionsByProcedure(@Param("unitId") long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    long countFiled(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    long countLegalReviews(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    long countDeliberations(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    long countHearings(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    long countPublications(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("status") PublicationStatus status);

    void insertReport(AnnualReportRow row);

    int updateReport(AnnualReportRow row);

    AnnualReportRow findReport(long id);

    AnnualReportRow findReportByYear(@Param("unitId") long unitId, @Param("year") int year);

    List<AnnualReportRow> reports(@Param("unitId") Long unitId);

    List<AnnualReportRow> publishedReports();

    AnnualReportRow findPublishedReport(String publicId);

    long countRemedies(@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("kind") String kind);

    /** Remedies filed in [from, to) by "KIND:OUTCOME" ("KIND:OPEN" while open). */
    List<CountRow> remediesByOutcome(@Param("unitId") long unitId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
