package cn.zhifa.publication;

import java.util.List;

/** One page of a public list; {@code page} counts from 1. */
public record PublicPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
