package org.contactrouter.sla;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.contactrouter.contact.Channel;

/**
 * Everything the SLA domain needs, loaded together: the standards and the council's business calendar.
 *
 * @param standards the standards from {@code sla-standards.yml}
 * @param calendar  working hours and closures from {@code sla-standards.yml} plus the division's bank holidays
 */
public record SlaConfiguration(SlaStandards standards, BusinessCalendar calendar) {

    /**
     * Loads and validates both files.
     *
     * @param standardsFile    {@code sla-standards.yml}
     * @param bankHolidaysFile a file in GOV.UK's {@code bank-holidays.json} format
     * @param division         whose bank holidays apply
     * @param zone             the council's time zone, normally {@link BusinessCalendar#LONDON}
     * @throws SlaConfigException naming the file and key at fault
     */
    public static SlaConfiguration load(Path standardsFile, Path bankHolidaysFile, BankHolidayDivision division, ZoneId zone) {
        SlaStandardsFile.Contents contents = SlaStandardsFile.load(standardsFile, division);
        BankHolidays holidays = BankHolidays.load(bankHolidaysFile, division);
        BusinessCalendar calendar = new BusinessCalendar(zone, contents.workingWeek(), contents.closures().plus(holidays.dates()));
        return new SlaConfiguration(contents.standards(), calendar);
    }

    /**
     * The first-response allowance of a contact with these facts: what the council may promise the citizen. Empty
     * when the standard times no first response, or times it as immediate.
     */
    public Optional<SlaDuration> firstResponseAllowance(Channel channel, String serviceArea, String priority,
                                                        String caseType) {
        return standards.standardFor(channel, serviceArea, priority, caseType).allowance(Milestone.FIRST_RESPONSE)
                .filter(a -> !a.isImmediate());
    }

    /** The deadline of an allowance for a contact received then, with no pauses. */
    public Instant deadlineFor(SlaDuration allowance, Instant received) {
        return allowance.deadlineFrom(calendar, allowance.clockStart(calendar, received));
    }

    /** The first-response deadline of a contact received now with these facts; see {@link #firstResponseAllowance}. */
    public Optional<Instant> firstResponseDue(Channel channel, String serviceArea, String priority, String caseType,
                                              Instant received) {
        return firstResponseAllowance(channel, serviceArea, priority, caseType).map(a -> deadlineFor(a, received));
    }
}
