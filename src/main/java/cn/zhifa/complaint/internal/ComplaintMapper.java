package cn.zhifa.complaint.internal;

import cn.zhifa.shared.RunningNumber;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ComplaintMapper {

    /** Moves the row on by one; {@code n.value} is then its next_no, one past the number taken. */
    int bumpNumber(RunningNumber n);

    void insertNumber(@Param("unitId") long unitId, @Param("year") int year);


    void insert(ComplaintRow row);

    /** Updates the mutable columns, guarded by version (bumped). */
    int update(ComplaintRow row);

    ComplaintRow find(long id);

    /** The complaint with this number whose complainant gave this phone (the public status lookup), or null. */
    ComplaintRow findByNumberAndPhone(@org.apache.ibatis.annotations.Param("no") String no,
            @org.apache.ibatis.annotations.Param("phone") String phone);

    ComplaintRow findForUpdate(long id);

    /** Earlier complaints of the unit received since {@code since} with the same place, party or item. */
    List<ComplaintRow> similar(@Param("unitId") long unitId, @Param("since") LocalDateTime since,
            @Param("placeKey") String placeKey, @Param("partyName") String partyName, @Param("itemId") Long itemId,
            @Param("excludeId") Long excludeId);

    List<ComplaintRow> ofMatter(long matterId);

    List<ComplaintRow> ofCase(long caseId);

    List<ComplaintRow> search(@Param("unitId") Long unitId, @Param("status") String status,
            @Param("limit") int limit, @Param("offset") int offset);

    List<Map<String, Object>> counts(@Param("unitId") Long unitId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
