/** MyBatis mappers and rows of the supervision feature. */
package cn.zhifa.supervision.internal;
