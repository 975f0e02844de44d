package org.contactrouter.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.contactrouter.ApplicationTest;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, as citizens and each kind of staff see it (errors shown included, the citizen pages in English and in
 * Welsh), meets the WCAG 2.2 A and AA rules axe-core checks, in a real browser with the pages' own styles and scripts;
 * and a citizen's and an officer's main journeys, and the English / Cymraeg toggle, work with the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class AccessibilityBrowserTest extends ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseActions caseActions;

    @Test
    void citizensPagesWithAndWithoutErrors(ChromeDriver browser) {
        check(browser, "/");
        check(browser, "/contact");
        browser.findElement(By.xpath("//button[normalize-space()='Send message']")).click();
        assertThat(browser.findElement(By.className("govuk-error-summary")).isDisplayed()).isTrue();
        check(browser, "contact form with errors");

        browser.findElement(By.id("message")).sendKeys("The street light outside 4 Mill Lane is out");
        browser.findElement(By.id("topic")).click();
        browser.findElement(By.id("email")).sendKeys("resident@example.org");
        browser.findElement(By.xpath("//button[normalize-space()='Send message']")).click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).contains("/contact/submitted/"));
        check(browser, "contact submitted");

        check(browser, "/status");
        check(browser, "/login");
        check(browser, "/no-such-page");
        check(browser, "/accessibility");
        check(browser, "/privacy");
        check(browser, "/cookies");
    }

    @Test
    void theWelshContactConfirmationAndStatusPagesWithAndWithoutErrors(ChromeDriver browser) throws IOException {
        check(browser, "/cyswllt");
        Browser.screenshot(browser, "welsh-contact-page");
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).hasSize(1);
        browser.findElement(By.xpath("//button[normalize-space()='Anfon neges']")).click();
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Mae problem wedi codi");
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).as("still Welsh after the post").hasSize(1);
        check(browser, "Welsh contact form with errors");

        browser.findElement(By.id("message")).sendKeys("Mae golau'r stryd y tu allan i 4 Lôn y Felin wedi diffodd");
        browser.findElement(By.id("topic")).click();
        browser.findElement(By.id("email")).sendKeys("preswylydd@example.org");
        browser.findElement(By.xpath("//button[normalize-space()='Anfon neges']")).click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).contains("/contact/submitted/")
                .endsWith("?lang=cy"));
        assertThat(browser.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Neges wedi'i hanfon");
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).hasSize(1);
        check(browser, "Welsh contact submitted");

        check(browser, "/status?lang=cy");
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).hasSize(1);

        for (String page : new String[] {"/?lang=cy", "/accessibility?lang=cy", "/privacy?lang=cy", "/cookies?lang=cy"}) {
            check(browser, page);
            assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).as(page).hasSize(1);
        }

        check(browser, "/contact/submitted/CR-2026-999999?lang=cy");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Heb ddod o hyd i'r dudalen");
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).hasSize(1);
    }

    @Test
    void theLanguageToggleIsReachedAndFollowedWithTheKeyboard(ChromeDriver browser) {
        open(browser, "/contact");
        WebElement toWelsh = tabTo(browser, element -> "language-cy".equals(element.getAttribute("id")));
        assertThat(toWelsh.getAttribute("hreflang")).isEqualTo("cy");
        assertThat(toWelsh.findElement(By.xpath("..")).getAttribute("lang")).isEqualTo("cy");
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).endsWith("/cyswllt"));
        assertThat(browser.findElements(By.cssSelector("html[lang=cy]"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anfon neges atom");

        open(browser, "/cyswllt");
        WebElement toEnglish = tabTo(browser, element -> "language-en".equals(element.getAttribute("id")));
        assertThat(toEnglish.getAttribute("hreflang")).isEqualTo("en");
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).endsWith("/contact"));
        assertThat(browser.findElements(By.cssSelector("html[lang=en]"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Send us a message");
    }

    @Test
    void officersWorkspaceCaseAndCaseList(ChromeDriver browser) {
        String area = unique("a11y");
        String officer = phoneOfficerFor(area);
        String reference = callbackWaitingIn(area, "+447700900654");

        Browser.signIn(browser, url("/workspace"), officer, PASSWORD);
        check(browser, "workspace");
        check(browser, "/workspace/cases/" + reference);
        // Held, and of a statutory type: the case type, extension and escalation forms are on the page too.
        transferTo(officer, reference);
        caseActions.changeCaseType(new CaseActions.Actor(officer, false), reference, "complaint-stage-1");
        check(browser, "/workspace/cases/" + reference);
        assertThat(browser.findElement(By.id("extend-form")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("escalate-form")).isDisplayed()).isTrue();
        // A text-message case: the reply box with its Check length button, and the page once the length is checked.
        String texted = openCaseIn(area, Contact.builder(Channel.SMS, "notify", UUID.randomUUID().toString(),
                        Instant.now())
                .sender(Sender.of(null, Identity.phone("+447700900655"))).subject("Bin not emptied")
                .body("Bin not emptied on Mill Lane").build());
        transferTo(officer, texted);
        check(browser, "/workspace/cases/" + texted);
        browser.findElement(By.id("reply-text")).sendKeys("Thank you, the crew will come back tomorrow.");
        browser.findElement(By.id("check-length")).click();
        await().atMost(WAIT).until(() -> browser.getPageSource()
                .contains("Not sent yet. Your text is 44 characters, sent as 1 text message."));
        assertThat(browser.findElement(By.id("reply-text")).getAttribute("value"))
                .isEqualTo("Thank you, the crew will come back tomorrow.");
        check(browser, "the text-message case after checking its length");
        check(browser, "/cases");
        check(browser, "/cases?q=" + reference);
        check(browser, "/cases?channel=fax");
        check(browser, "/admin/officers");
    }

    @Test
    void supervisorsDashboardReportsAndSimulator(ChromeDriver browser) {
        Browser.signIn(browser, url("/supervisor"), account("a11y-sup", Role.SUPERVISOR), PASSWORD);
        check(browser, "supervisor dashboard");
        check(browser, "/supervisor/reports");
        check(browser, "/supervisor/simulation");
        check(browser, "/supervisor/simulation?seed=x&scale=9&policy=ALL");
    }

    @Test
    void administratorsStaffAndDeadLetterPages(ChromeDriver browser) {
        Browser.signIn(browser, url("/admin/officers"), account("a11y-admin", Role.ADMIN), PASSWORD);
        check(browser, "officers admin");
        check(browser, "/admin/dead-letters");
        check(browser, "/admin/api-keys");
    }

    @Test
    void aCitizenSendsTheContactFormWithTheKeyboardAlone(ChromeDriver browser) {
        open(browser, "/contact");
        assertThat(press(browser, Keys.TAB).getText()).isEqualTo("Skip to main content");
        press(browser, Keys.ENTER);
        assertThat(focused(browser).getAttribute("id")).as("focus moved past the header").isEqualTo("main-content");

        // Sent empty: the error summary takes the focus, and its first link takes the keyboard to the field.
        tabTo(browser, element -> "Send message".equals(element.getText()));
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(focused(browser).getAttribute("class")).contains("govuk-error-summary"));
        String field = press(browser, Keys.TAB).getAttribute("href").replaceFirst(".*#", "");
        press(browser, Keys.ENTER);
        assertThat(focused(browser).getAttribute("id")).isEqualTo(field);

        open(browser, "/contact");
        tabTo(browser, element -> "topic".equals(element.getAttribute("id")));
        press(browser, Keys.SPACE);
        typeInto(browser, "message", "The street light outside 4 Mill Lane is out");
        typeInto(browser, "email", "keyboard@example.org");
        tabTo(browser, element -> "Send message".equals(element.getText()));
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).contains("/contact/submitted/"));
    }

    @Test
    void anOfficerSignsInTakesTheNextCaseAndRecordsTheCallbackWithTheKeyboardAlone(ChromeDriver browser) {
        String area = unique("keys");
        String officer = phoneOfficerFor(area);
        String reference = callbackWaitingIn(area, "+447700900655");

        open(browser, "/workspace");
        typeInto(browser, "username", officer);
        typeInto(browser, "password", PASSWORD);
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(browser.getCurrentUrl()).contains("/workspace"));

        tabTo(browser, element -> "take-next".equals(element.getAttribute("id")));
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/workspace/cases/" + reference));

        tabTo(browser, element -> "outcome-0".equals(element.getAttribute("id")));
        press(browser, Keys.SPACE);
        typeInto(browser, "callback-notes", "Explained the collection day");
        tabTo(browser, element -> "Record the callback".equals(element.getText()));
        press(browser, Keys.ENTER);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Callback recorded"));
    }

    @Test
    void theRulesDoFindWhatIsWrong(ChromeDriver browser) {
        browser.get(url("/contact"));
        // Styled through the DOM: the pages' Content-Security-Policy ignores style attributes in markup.
        browser.executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('afterbegin', '<input type="text" id="unlabelled"><p id="faint">Faint text</p>');
                const faint = document.getElementById('faint');
                faint.style.color = '#bbb';
                faint.style.background = '#fff';""");
        assertThat(Accessibility.violations(browser)).anySatisfy(v -> assertThat(v).startsWith("label "))
                .anySatisfy(v -> assertThat(v).startsWith("color-contrast "));
    }

    /** Opens the path (or, for a description, checks the page already shown) and runs the rules on it. */
    private void check(ChromeDriver browser, String pathOrDescription) {
        if (pathOrDescription.startsWith("/")) {
            browser.get(url(pathOrDescription));
        }
        assertThat(Accessibility.violations(browser)).as(pathOrDescription + " at " + browser.getCurrentUrl())
                .isEmpty();
    }

    private String phoneOfficerFor(String area) {
        return officer("a11y", Map.of(Channel.PHONE, 2), Set.of(area), Set.of("en"));
    }

    /** A phone case waiting in the area; each test calls from its own number, as threading joins a caller's cases. */
    private String callbackWaitingIn(String area, String phone) {
        return openCaseIn(area, Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Mr Caller", Identity.phone(phone))).subject("Fallen tree")
                .body("A tree is down on Mill Lane, please call back").build());
    }

    /** Opens the page and waits for its scripts, so that the first key pressed reaches the page. */
    private void open(ChromeDriver browser, String path) {
        browser.get(url(path));
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && document.body.classList.contains('js-enabled');")));
    }

    /** Presses Tab until the field has the focus, then types: every field is reached in order from the one before. */
    private static void typeInto(ChromeDriver browser, String id, String text) {
        tabTo(browser, element -> id.equals(element.getAttribute("id")));
        new Actions(browser).sendKeys(text).perform();
    }

    private static WebElement tabTo(ChromeDriver browser, Predicate<WebElement> target) {
        for (int presses = 0; presses < 60; presses++) {
            WebElement now = press(browser, Keys.TAB);
            if (target.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached the element; it stopped at " + focused(browser).getTagName());
    }

    private static WebElement press(ChromeDriver browser, Keys key) {
        new Actions(browser).sendKeys(key).perform();
        return focused(browser);
    }

    private static WebElement focused(ChromeDriver browser) {
        return browser.switchTo().activeElement();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
