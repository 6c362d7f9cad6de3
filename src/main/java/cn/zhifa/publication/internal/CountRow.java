package cn.zhifa.publication.internal;

import java.math.BigDecimal;

/** A labelled count (and sum) for the annual statistics. */
public class CountRow {
    public String label;
    public long n;
    public BigDecimal amount;
}
