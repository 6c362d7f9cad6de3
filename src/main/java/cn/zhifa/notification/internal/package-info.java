/** MyBatis mapper of notifications. */
package cn.zhifa.notification.internal;
