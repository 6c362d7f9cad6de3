/** MyBatis mappers and rows of the publication feature. */
package cn.zhifa.publication.internal;
