package cn.zhifa.organization.internal;

import cn.zhifa.organization.DiscretionBenchmark;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface BenchmarkMapper {

    List<DiscretionBenchmark> ofItem(@Param("itemId") long itemId, @Param("activeOnly") boolean activeOnly);

    List<DiscretionBenchmark> allActive();

    DiscretionBenchmark find(long id);

    void insert(@Param("b") DiscretionBenchmark b);

    /** Optimistic: 0 when the row changed meanwhile. */
    int update(@Param("b") DiscretionBenchmark b);
}
