package org.contactrouter.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer in a real browser: signs in, takes the next case, records the callback, and the case leaves the queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class OfficerWorkspaceBrowserTest extends ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseActions actions;

    @Test
    void anOfficerTakesTheNextCaseRepliesAndItLeavesTheQueue(ChromeDriver browser) throws Exception {
        String area = unique("browser");
        String officer = officer("browsing", Map.of(Channel.PHONE, 2), Set.of(area), Set.of("en"));
        String reference = openCaseIn(area, Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Mrs Caller", Identity.phone("+447700900321"))).subject("Voicemail on Waste queue")
                .body("Please call me about my green bin").build());

        Browser.signIn(browser, "http://localhost:" + port + "/workspace", officer, PASSWORD);
        assertThat(browser.findElement(By.id("queue")).getText()).contains(reference);
        Browser.screenshot(browser, "workspace-queue");

        browser.findElement(By.id("take-next")).click();
        // The form posts and is redirected; the click may return before the browser has followed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/workspace/cases/" + reference));
        browser.findElement(By.cssSelector("label[for=outcome-0]")).click();
        browser.findElement(By.id("callback-notes")).sendKeys("Explained the collection day");
        browser.findElement(By.xpath("//button[normalize-space()='Record the callback']")).click();
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Callback recorded");
        Browser.screenshot(browser, "workspace-case");

        browser.findElement(By.linkText("Back to my workspace")).click();
        // The page swaps the queue in place when a live update arrives, so a found element can go stale mid-read.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .untilAsserted(() -> {
            assertThat(browser.findElement(By.id("queue")).getText()).doesNotContain(reference);
            assertThat(browser.findElement(By.id("my-cases")).getText()).contains(reference);
        });

        // A supervisor moves a case into the officer's area: it appears in the open page's queue without a reload
        // (the change goes out on the case-events topic and reaches the page as a server-sent event).
        String next = intake.accept(Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Mr Caller", Identity.phone("+447700900322"))).subject("Second call").build())
                .reference();
        actions.transferToServiceArea(new CaseActions.Actor("sam", true), next, area);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .untilAsserted(() -> {
            assertThat(browser.findElement(By.id("queue")).getText()).contains(next);
            assertThat(browser.findElement(By.id("queue-live")).getText()).startsWith("Queue updated at");
        });
    }

    @Test
    void anOfficerSeesWhoHoldsACaseAndIsOfferedNothingTheyMayNotDo(ChromeDriver browser) throws Exception {
        String holder = account("holding", Role.OFFICER);
        String reference = openCaseIn(unique("held"), Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(),
                        Instant.now()).sender(Sender.of("Mr Held", Identity.phone("+447700900323"))).build());
        transferTo(holder, reference);
        String other = account("looking", Role.OFFICER);

        Browser.signIn(browser, "http://localhost:" + port + "/workspace/cases/" + reference, other, PASSWORD);

        assertThat(browser.findElement(By.id("not-yours")).getText())
                .isEqualTo("This case is held by " + holder + ". Only they or a supervisor can answer the citizen or"
                        + " act on it.");
        assertThat(browser.findElements(By.tagName("button")).stream().map(b -> b.getText().trim()))
                .doesNotContain("Record the callback", "Add note", "Close case", "Transfer", "Release to the queue");
        Browser.screenshot(browser, "case-held-by-another");
    }
}
