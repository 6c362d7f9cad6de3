/** The officer's inbox (待办): a read model of open user tasks in our own tables; claim, unclaim, who may work. */
package cn.zhifa.tasks;
