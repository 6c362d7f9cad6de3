/** Engine port and backing class of bpmn/rectification.bpmn (整改). */
package cn.zhifa.supervision.process;
