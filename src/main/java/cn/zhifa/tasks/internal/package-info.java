/** MyBatis mapper and row of the inbox read model (task_inbox). */
package cn.zhifa.tasks.internal;
