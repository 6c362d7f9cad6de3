/** MyBatis mapper of complaints and their numbering. */
package cn.zhifa.complaint.internal;
