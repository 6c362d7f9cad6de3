/** The officers' publications queue (Vaadin) and the public portal under /public (plain server-rendered HTML). */
package cn.zhifa.publication.ui;
