package cn.zhifa.document.internal;

import cn.zhifa.shared.RunningNumber;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {

    // 文书号
    /** Moves the running number on by one; {@code n.value} is then the new number (rows changed: 0 or 1). */
    int bumpNumber(RunningNumber n);

    void insertNumber(@Param("unitId") long unitId, @Param("docType") String docType, @Param("year") int year);


    // templates
    void insertTemplate(TemplateRow row);

    TemplateRow activeTemplate(@Param("unitId") long unitId, @Param("docType") String docType);

    TemplateRow template(@Param("unitId") long unitId, @Param("docType") String docType,
            @Param("version") int version);

    /** The unit (from the organization's view) and its uploaded templates: a row per template, one if none. */
    List<UnitSheetRow> unitSheet(@Param("unitId") long unitId);

    List<TemplateRow> templatesOfUnit(long unitId);

    Integer maxTemplateVersion(@Param("unitId") long unitId, @Param("docType") String docType);

    // versions
    void insertVersion(VersionRow row);

    List<VersionRow> versionsOfCase(long caseId);

    VersionRow version(long id);

    /** The .docx of a version: {@code docxContent}, or {@code docxPath} for one made before V396. */
    VersionRow versionContent(long id);

    /** The version row locked (its PDF is laid out once, by whoever locks it first). */
    VersionRow lockVersion(long id);

    int setPdf(@Param("id") long id, @Param("sha256") String sha256, @Param("path") String path,
            @Param("size") long size, @Param("pages") int pages);

    Integer maxVersion(long documentId);

    List<Long> versionsOfCaseByDocument(long documentId);

    // outbox
    void insertJob(JobRow row);

    List<Long> pendingJobs(@Param("staleBefore") LocalDateTime staleBefore);

    int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("staleBefore") LocalDateTime staleBefore);

    List<JobRow> jobs(@Param("ids") List<Long> ids);

    int finishAll(@Param("ids") List<Long> ids, @Param("now") LocalDateTime now);

    int fail(@Param("id") long id, @Param("error") String error);

    List<JobRow> openJobsOfCase(long caseId);

    // dossiers
    void insertDossier(DossierRow row);

    /** The dossier's manifest: its content (since V397) or the file it was stored in before. */
    DossierRow dossierManifest(long id);

    DossierRow lockDossier(long id);

    int setDossierPdf(@Param("id") long id, @Param("sha256") String sha256, @Param("path") String path,
            @Param("size") long size, @Param("pages") int pages);

    DossierRow latestDossier(@Param("caseId") long caseId, @Param("finalCopy") boolean finalCopy);

    List<DossierRow> dossiersOfCase(long caseId);

    // complaint replies
    void insertComplaintReply(ComplaintReplyRow row);

    ComplaintReplyRow complaintReply(long complaintId);
}
