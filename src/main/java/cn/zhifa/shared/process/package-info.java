/** Engine wiring: Flyway before Camunda, BPMN deployment under stable names, the history level (decision 0036). */
package cn.zhifa.shared.process;
