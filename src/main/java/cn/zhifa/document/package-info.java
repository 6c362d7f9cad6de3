/** Documents (执法文书): numbered, checked, generated from the case data as Word and PDF, stored immutably; the 卷宗. */
package cn.zhifa.document;
