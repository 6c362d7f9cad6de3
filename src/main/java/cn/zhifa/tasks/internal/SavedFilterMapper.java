package cn.zhifa.tasks.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SavedFilterMapper {

    /** A user's filters by name. */
    List<SavedFilterRow> ofUser(long userId);

    int countOfUser(long userId);

    boolean nameTaken(@Param("userId") long userId, @Param("name") String name);

    void insert(SavedFilterRow row);

    /** Deletes the filter only if it is the user's own; 0 otherwise. */
    int deleteOwn(@Param("id") long id, @Param("userId") long userId);
}
