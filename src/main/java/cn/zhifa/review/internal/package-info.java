/** MyBatis mapper and rows of the legal review, notice, hearing and requirements. */
package cn.zhifa.review.internal;
