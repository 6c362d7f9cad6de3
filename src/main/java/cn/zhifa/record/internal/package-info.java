/** MyBatis mapper and rows of the record chain and its heads. */
package cn.zhifa.record.internal;
