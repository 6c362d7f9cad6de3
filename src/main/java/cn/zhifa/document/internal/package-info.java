/** MyBatis mappers and rows of the document module (numbers, templates, versions, render jobs, dossiers). */
package cn.zhifa.document.internal;
