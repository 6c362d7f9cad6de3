/** MyBatis mapper of the summary procedure: decisions and their numbering sequence. */
package cn.zhifa.summary.internal;
