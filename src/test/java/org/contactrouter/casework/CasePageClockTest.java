package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;

/**
 * The case page shows its clock in the council's local time: each milestone's deadline with GMT or BST as the date
 * falls, the SLA state as a coloured tag, and who holds it, on which channel and in which language.
 */
class CasePageClockTest extends ApplicationTest {

    @Test
    void aSummerCallIsDueNextWorkingDayInBritishSummerTime() throws Exception {
        // Wed 1 Jul 2026, 10:00 in London is 09:00 UTC; the phone standard gives 1 working day to call back.
        String reference = call(Instant.parse("2026-07-01T09:00:00Z"), "en", account("holder", Role.OFFICER), "+447700900778");
        String page = casePage(reference);

        assertThat(page).contains("Wed 1 Jul 2026, 10:00 BST").as("due a working day later, in local time")
                .contains("Thu 2 Jul 2026, 10:00 BST");
        assertThat(deadlineRow(page, "First response")).contains("1 working day", "Thu 2 Jul 2026, 10:00 BST",
                "Not yet", "govuk-tag--red", "BREACHED");
    }

    @Test
    void aWinterCallIsShownInGreenwichMeanTime() throws Exception {
        // Tue 1 Dec 2026, 10:00 in London is 10:00 UTC.
        String holder = account("holder", Role.OFFICER);
        String reference = call(Instant.parse("2026-12-01T10:00:00Z"), "cy", holder, "+447700900779");
        String page = casePage(reference);

        assertThat(deadlineRow(page, "First response")).contains("Wed 2 Dec 2026, 10:00 GMT");
        assertThat(summary(page)).contains("Held by", holder, "Phone", "Welsh (Cymraeg): answer in Welsh",
                "Tue 1 Dec 2026, 10:00 GMT", "BREACHED");
        // the case was opened (by intake) just now, in December
        assertThat(page).as("the history too is in local time").containsPattern(
                "<time datetime=\"[^\"]+\">\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d GMT</time></span>\\s*<strong>CASE OPENED");
    }

    /**
     * A call long past its deadline, handed to an officer at once: left queued and breached, it would widen to every
     * officer and be taken by other tests sharing this database.
     */
    private String call(Instant at, String language, String holder, String number) {
        String reference = openCaseIn(unique("clock"), Contact.builder(Channel.PHONE, "api",
                        UUID.randomUUID().toString(), at).sender(Sender.of("Caller", Identity.phone(number)))
                .subject("Missed call").language(language).body("Please call me back").build());
        transferTo(holder, reference);
        return reference;
    }

    private String casePage(String reference) throws Exception {
        return mvc.perform(get("/workspace/cases/" + reference).with(user("sup").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"case-summary\"");
        return page.substring(start, page.indexOf("</dl>", start));
    }

    private static String deadlineRow(String page, String milestone) {
        int table = page.indexOf("id=\"deadlines\"");
        int start = page.indexOf(">" + milestone + "</th>", table);
        assertThat(start).as(milestone + " row").isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
