/** The inbox screen (我的待办) and its contribution point for opening a procedure's tasks. */
package cn.zhifa.tasks.ui;
