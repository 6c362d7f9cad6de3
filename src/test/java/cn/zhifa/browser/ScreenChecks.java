package cn.zhifa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What a user sees in a part of the case page, checked the same way by the walks of issue #12: Chinese only (no
 * English word, no enum constant), every button's label whole and on screen, nothing scrolling sideways.
 */
final class ScreenChecks {

    private ScreenChecks() {
    }

    /** No run of 4+ Latin letters (an English message or an enum name such as PUBLIC_NOTICE) in the text. */
    static void noEnglish(Locator part) {
        String text = part.innerText();
        assertThat(text).as("English in %s", text).doesNotContainPattern("[A-Za-z_]{4,}");
    }

    /**
     * No constant's name (NO_VIOLATION, PUBLIC_NOTICE) in the text: for the record timeline, whose 来源 column rightly
     * names the browser (Chrome) the act came from.
     */
    static void noConstantNames(Locator part) {
        String text = part.innerText();
        assertThat(text).as("a constant's name in %s", text).doesNotContainPattern("[A-Z][A-Z_]{3,}");
    }

    /**
     * Every visible button in {@code part}: its label is not cut (the label part is as wide as its text) and the
     * button lies inside the window.
     */
    @SuppressWarnings("unchecked")
    static void buttonsWhole(Page page, Locator part) {
        List<Map<String, Object>> buttons = (List<Map<String, Object>>) part.evaluate("el => Array.from("
                + "el.querySelectorAll('vaadin-button')).filter(b => b.offsetParent !== null).map(b => {"
                + " const l = b.shadowRoot.querySelector('[part=label]'); const r = b.getBoundingClientRect();"
                + " return {text: b.innerText, cut: l.scrollWidth - l.clientWidth, left: r.left, right: r.right,"
                + " width: window.innerWidth}; })");
        assertThat(buttons).as("buttons").isNotEmpty();
        for (Map<String, Object> b : buttons) {
            assertThat(((Number) b.get("cut")).intValue()).as("label of %s is cut", b.get("text")).isLessThanOrEqualTo(0);
            assertThat(((Number) b.get("left")).doubleValue()).as("%s off screen", b.get("text"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(((Number) b.get("right")).doubleValue()).as("%s off screen", b.get("text"))
                    .isLessThanOrEqualTo(((Number) b.get("width")).doubleValue());
        }
    }

    /** Neither the page nor any grid in {@code part} scrolls sideways. */
    static void noSidewaysScroll(Page page, Locator part) {
        Number page1 = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(page1.intValue()).as("the page scrolls sideways").isLessThanOrEqualTo(0);
        Number grids = (Number) part.evaluate("el => Math.max(0, ...Array.from(el.querySelectorAll('vaadin-grid'))"
                + ".map(g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }))");
        assertThat(grids.intValue()).as("a grid scrolls sideways").isLessThanOrEqualTo(0);
        Number wider = (Number) part.evaluate("el => Math.max(0, ...Array.from(el.querySelectorAll('*'))"
                + ".filter(e => e.offsetParent !== null && !e.closest('vaadin-grid'))"
                + ".map(e => e.getBoundingClientRect().right - window.innerWidth))");
        assertThat(wider.intValue()).as("something reaches past the window's right edge").isLessThanOrEqualTo(0);
    }
}
