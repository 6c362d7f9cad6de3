/** 投诉举报: intake (12345, walk-in, web, API), de-duplication hints, assignment, verification, reply, 诉转案. */
package cn.zhifa.complaint;
