package org.contactrouter.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contactrouter.browser.Browser;
import org.contactrouter.casework.CaseActions;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor in a real browser sees the tiles, lists, officer load and charts of seeded cases. */
@ExtendWith(Browser.class)
class SupervisorDashboardBrowserTest extends SupervisionApplicationTest {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseActions actions;

    @Test
    void theDashboardShowsSeededFiguresListsAndCharts(ChromeDriver browser) throws Exception {
        String area = unique("browser");
        String officer = officer("load", Map.of(Channel.EMAIL, 4, Channel.PHONE, 1), Set.of(area), Set.of("en"));
        SeededCases seed = new SeededCases(jdbc);
        Instant now = Instant.now();
        String breached = seed.seedCase("EMAIL", area, "ASSIGNED", "BREACHED", now.minusSeconds(60), now.minus(Duration.ofHours(5)), officer);
        String atRisk = seed.seedCase("PHONE", area, "QUEUED", "AT_RISK", now.plus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)), null);
        seed.seedCase("EMAIL", area, "QUEUED", "ON_TRACK", now.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(1)), null);

        Browser.signIn(browser, "http://localhost:" + port + "/supervisor", SUPERVISOR, PASSWORD);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Supervisor dashboard");
        assertThat(browser.findElement(By.id("tile-EMAIL")).getText()).contains("Waiting", "Breached", "On time today");
        assertThat(Long.parseLong(browser.findElement(By.cssSelector("#tile-EMAIL [data-figure=breached]")).getText()))
                .isEqualTo(count("channel = 'EMAIL' and status <> 'CLOSED' and sla_state = 'BREACHED'"));
        assertThat(browser.findElement(By.cssSelector("tr[data-area='" + area + "']")).getText())
                .isEqualTo(area + " 2 " + browser.findElement(By.cssSelector("tr[data-area='" + area + "'] td:nth-of-type(2)")).getText()
                        + " 1 1 — —");
        assertThat(browser.findElement(By.id("breached-cases")).getText()).contains(breached);
        assertThat(browser.findElement(By.id("at-risk-cases")).getText()).contains(atRisk);
        assertThat(browser.findElement(By.cssSelector("#officer-load tr[data-officer='" + officer + "']")).getText())
                .contains("email 1/4", "phone 0/1");
        // The charts are drawn by the bundled ECharts from the JSON endpoint.
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !browser.findElements(By.cssSelector("#volume-chart canvas")).isEmpty()
                        && !browser.findElements(By.cssSelector("#attainment-chart canvas")).isEmpty());
        Browser.screenshot(browser, "supervisor-dashboard");

        // A new phone case, moved to the area by a supervisor, changes the figures on the open page without a reload
        // (the move goes out on the case-events topic and reaches the page as a server-sent event).
        String queuedBefore = browser.findElement(By.cssSelector("#tile-PHONE [data-figure=queued]")).getText();
        String next = intake.accept(Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Ms Caller", Identity.phone("+447700900323"))).subject("Another call").build())
                .reference();
        actions.transferToServiceArea(new CaseActions.Actor(SUPERVISOR, true), next, area);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(browser.findElement(By.id("figures-live")).getText()).startsWith("Figures updated at");
            assertThat(browser.findElement(By.cssSelector("#tile-PHONE [data-figure=queued]")).getText())
                    .isNotEqualTo(queuedBefore);
        });
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from cases where " + where).query(Long.class).single();
    }
}
