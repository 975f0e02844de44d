package org.contactrouter.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core accessibility engine (the {@code axe.min.js} that com.deque.html.axe-core:selenium carries), run
 * in the browser on the page it shows, with the WCAG 2.2 level A and AA rules: labels, names, contrast, landmarks,
 * keyboard focus order, ARIA use.
 */
public final class Accessibility {

    private static final String AXE = axeSource();

    private static final String RUN_WCAG_AA = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe could not run: ' + e]));
            """;

    private Accessibility() {
    }

    /** What breaks a WCAG 2.2 A or AA rule on the page the browser shows now, one line per rule; empty if nothing. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(AXE);
        return (List<String>) driver.executeAsyncScript(RUN_WCAG_AA);
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
