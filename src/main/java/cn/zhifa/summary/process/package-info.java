/** BPMN glue of the summary procedure: backing class, engine port, calendar timers, delegates. */
package cn.zhifa.summary.process;
