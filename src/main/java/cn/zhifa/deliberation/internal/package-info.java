/** MyBatis mapper and rows of the deliberation feature; not used outside {@code cn.zhifa.deliberation}. */
package cn.zhifa.deliberation.internal;
