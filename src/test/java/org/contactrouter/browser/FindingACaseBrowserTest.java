package org.contactrouter.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff in a real browser: the menu their role gives them, finding a case from the search box on any page by the
 * phone number as the citizen says it, the case page's clock in local time, and a page their role may not use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class FindingACaseBrowserTest extends ApplicationTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerFindsACaseByPhoneNumberAndSeesItsDeadlinesInLocalTime(ChromeDriver browser) throws Exception {
        String number = unusedDramaNumber();
        // Tue 1 Dec 2026, 10:00 GMT; handed to an officer so that, long breached, it widens to no one's queue
        String reference = openCaseIn(unique("found"), Contact.builder(Channel.PHONE, "api",
                        UUID.randomUUID().toString(), Instant.parse("2026-12-01T10:00:00Z"))
                .sender(Sender.of("Mrs Ringer", Identity.phone(number))).subject("Missed call").build());
        transferTo(account("holder", Role.OFFICER), reference);
        String officer = account("finder", Role.OFFICER);

        Browser.signIn(browser, url("/workspace"), officer, PASSWORD);
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as Staff " + officer);
        assertThat(menu(browser)).contains("My workspace", "Find a case").doesNotContain("Dashboard", "Officers");

        String spoken = "0" + number.substring(3, 7) + " " + number.substring(7);
        browser.findElement(By.id("staff-search")).sendKeys(spoken);
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.id("cases")).getText()).contains(reference, "Mrs Ringer"));
        assertThat(browser.findElement(By.tagName("caption")).getText()).isEqualTo("1 case");
        Browser.screenshot(browser, "find-a-case");

        browser.findElement(By.linkText(reference)).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/workspace/cases/" + reference));
        assertThat(browser.findElement(By.id("deadlines")).getText())
                .contains("First response", "1 working day", "Wed 2 Dec 2026, 10:00 GMT", "BREACHED");
        assertThat(browser.findElement(By.id("case-summary")).getText())
                .contains("Phone", "English", "Tue 1 Dec 2026, 10:00 GMT");
        Browser.screenshot(browser, "case-clock");

        browser.get(url("/admin/officers"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertThat(browser.getTitle()).startsWith("You do not have access to this page");
        assertThat(menu(browser)).as("the menu stays, so the way back is there").contains("My workspace");
    }

    @Test
    void aSupervisorAndAnAdministratorEachSeeTheirOwnPages(ChromeDriver browser) {
        Browser.signIn(browser, url("/staff"), account("lead", Role.SUPERVISOR), PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/workspace"));
        assertThat(menu(browser)).contains("My workspace", "Find a case", "Dashboard", "Reports", "Simulator")
                .doesNotContain("API keys");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, url("/staff"), account("admin", Role.ADMIN), PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/admin/officers"));
        assertThat(menu(browser)).contains("Officers", "Dead letters", "API keys").doesNotContain("My workspace");
        assertThat(browser.findElements(By.id("staff-search"))).isEmpty();

        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String menu(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("nav[aria-label='Staff menu']")).getText();
    }
}
