/** Notifications to users (通知提醒): deadline warnings (yellow), overdue alerts (red), automatic lapses. */
package cn.zhifa.notification;
