/** Engine-facing operations: the job executor's health, open-task counts, the Cockpit's single sign-on. */
package cn.zhifa.operations.process;
