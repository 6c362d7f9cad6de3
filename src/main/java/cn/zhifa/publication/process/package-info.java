/** BPMN glue of the publication feature: the publication watch (deadline warning and overdue alert). */
package cn.zhifa.publication.process;
