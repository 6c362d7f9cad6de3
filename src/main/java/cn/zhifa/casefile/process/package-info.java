/** The ordinary procedure's and the case clock's BPMN glue: backing classes, delegates, the engine port. */
package cn.zhifa.casefile.process;
