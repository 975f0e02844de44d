package org.contactrouter.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.contactrouter.sla.BankHolidayDivision;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaDuration;
import org.junit.jupiter.api.Test;

/** What the confirmation page promises, from the shipped web standard (3 working days) and calendar. */
class ReplyExpectationTest {

    private final SlaConfiguration sla = SlaConfiguration.load(Path.of("config/sla-standards.yml"),
            Path.of("config/bank-holidays.json"), BankHolidayDivision.ENGLAND_AND_WALES, BusinessCalendar.LONDON);

    @Test
    void aFridayAfternoonMessageIsDueThreeWorkingDaysLater() {
        // Fri 4 Dec 2026, 16:00 GMT
        assertThat(ReplyExpectation.forWebContact(sla, "waste", null, Instant.parse("2026-12-04T16:00:00Z")))
                .contains(new ReplyExpectation(SlaDuration.workingDays(3), Instant.parse("2026-12-09T16:00:00Z")));
    }

    @Test
    void aFreedomOfInformationRequestIsPromisedTheActsTwentyWorkingDays() {
        // Fri 4 Dec 2026, 16:00 GMT; 20 working days on, past Christmas, the closure and New Year: Mon 11 Jan 2027.
        assertThat(ReplyExpectation.forWebContact(sla, "waste", "foi", Instant.parse("2026-12-04T16:00:00Z")))
                .contains(new ReplyExpectation(SlaDuration.workingDays(20), Instant.parse("2027-01-11T16:00:00Z")));
    }

    @Test
    void theChristmasClosureAndNewYearsDayAreNotCounted() {
        // Mon 28 Dec 2026 10:00 is a bank holiday (for Boxing Day), 29-31 Dec are closed and 1 Jan is a bank
        // holiday: the clock starts at the next opening, Mon 4 Jan 09:00, and three working days on is Thu 7 Jan.
        assertThat(ReplyExpectation.forWebContact(sla, "waste", null, Instant.parse("2026-12-28T10:00:00Z")))
                .map(ReplyExpectation::by).contains(Instant.parse("2027-01-07T09:00:00Z"));
    }
}
