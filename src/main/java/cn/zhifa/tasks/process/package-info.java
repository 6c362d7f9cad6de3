/** Engine listeners that keep the inbox read model in step with the engine's user tasks. */
package cn.zhifa.tasks.process;
