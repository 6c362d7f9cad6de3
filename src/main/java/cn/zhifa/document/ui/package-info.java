/** Vaadin screens of the document module: the workspace's 文书 section and the template admin. */
package cn.zhifa.document.ui;
