/**
 * The app shell (main layout, login, locale, the header contribution point) and the UI helpers every feature uses;
 * published as the named interface "ui".
 */
@NamedInterface("ui")
package cn.zhifa.shared.ui;

import org.springframework.modulith.NamedInterface;
