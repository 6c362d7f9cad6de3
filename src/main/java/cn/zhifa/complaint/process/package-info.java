/** BPMN glue of the complaint process: backing class, engine port, calendar timers, delegate. */
package cn.zhifa.complaint.process;
