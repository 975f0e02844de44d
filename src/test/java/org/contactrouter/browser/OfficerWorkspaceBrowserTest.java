package org.contactrouter.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.TestDataDirectory;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.officer.OfficerAccounts;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An officer in a real browser: signs in, takes the next case, records the callback, and the case leaves the queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerWorkspaceBrowserTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ccr.data-dir", () -> TestDataDirectory.create("browser").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeService intake;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    OfficerDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerTakesTheNextCaseRepliesAndItLeavesTheQueue() throws Exception {
        String area = "browser-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.save("browsing", "Browsing Officer", Role.OFFICER, encoder.encode("browser-password-1"), Instant.now());
        directory.saveSkills("browsing", Map.of(Channel.PHONE, 1), Set.of(area), Set.of("en"));
        String reference = intake.accept(Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Mrs Caller", Identity.phone("+447700900321"))).subject("Voicemail on Waste queue")
                .body("Please call me about my green bin").build()).reference();
        jdbc.sql("update cases set service_area = :a where reference = :r").param("a", area).param("r", reference).update();

        browser.get("http://localhost:" + port + "/workspace");
        browser.findElement(By.id("username")).sendKeys("browsing");
        browser.findElement(By.id("password")).sendKeys("browser-password-1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
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
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.id("queue")).getText()).doesNotContain(reference));
        assertThat(browser.findElement(By.id("my-cases")).getText()).contains(reference);
    }
}
