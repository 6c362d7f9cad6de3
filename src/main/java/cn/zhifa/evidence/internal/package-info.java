/** MyBatis mapper and rows of the evidence vault. */
package cn.zhifa.evidence.internal;
