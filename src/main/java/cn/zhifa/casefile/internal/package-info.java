/** MyBatis mappers and rows of the case file, its deadlines, preservations and remedies. */
package cn.zhifa.casefile.internal;
