/** Engine wiring of the application: Flyway before Camunda, BPMN deployment under stable resource names. */
package cn.zhifa.shared.process;
