package cn.zhifa.account.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AccountMapper {

    void insertEvent(LoginEventRow row);

    List<LoginEventRow> findEvents(@Param("username") String username, @Param("from") LocalDateTime from,
            @Param("limit") int limit);

    ThrottleRow findThrottle(@Param("kind") String kind, @Param("subject") String subject);

    ThrottleRow lockThrottle(@Param("kind") String kind, @Param("subject") String subject);

    void insertThrottle(ThrottleRow row);

    int updateThrottle(ThrottleRow row);

    int deleteThrottle(@Param("kind") String kind, @Param("subject") String subject);

    List<ThrottleRow> findLocked(@Param("now") LocalDateTime now);
}
