/** Case-file screens: lead registration, search, the case workspace with its contribution point, the step forms. */
package cn.zhifa.casefile.ui;
