/** Publicity (行政执法公示): decision publications with redaction, withdrawal and takedown, the public portal, annual statistics. */
package cn.zhifa.publication;
