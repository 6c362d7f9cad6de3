/** Supervision (执法监督): case-file review (案卷评查) with rubric, pre-audit, plans, scores, rectification, letters, cockpit. */
package cn.zhifa.supervision;
