package cn.zhifa.publication;

import java.util.List;

/**
 * One page of a public list, newest first. Paging is by cursor (keyset): {@code next} is the public id to pass as
 * {@code after} for the following page, null on the last page. {@code total} is exact up to {@link #COUNT_CAP};
 * beyond it {@code totalCapped} is set and the list shows "more than COUNT_CAP" — an exact count of a large
 * table on every public request is what made the list slow (BENCHMARKS.md).
 */
public record PublicPage<T>(List<T> items, long total, boolean totalCapped, String next, boolean first, int size) {

    public static final int COUNT_CAP = 1000;
}
