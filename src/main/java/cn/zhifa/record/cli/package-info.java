/** Offline verifier of a record export (JDK only). */
package cn.zhifa.record.cli;
