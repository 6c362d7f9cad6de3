/** MyBatis mapper and rows of the login log and throttling state, and the Spring Security glue. */
package cn.zhifa.account.internal;
