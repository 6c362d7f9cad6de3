/** The notification bell in the shell's header. */
package cn.zhifa.notification.ui;
