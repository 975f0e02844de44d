package org.contactrouter.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One division's bank holidays, read from a file in the format of GOV.UK's
 * <a href="https://www.gov.uk/bank-holidays.json">bank-holidays.json</a>, so the council can replace the shipped file
 * with the published one.
 */
public final class BankHolidays {

    /** One bank holiday; substitute days carry the date actually taken off. */
    public record BankHoliday(LocalDate date, String title) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BankHolidayDivision division;
    private final List<BankHoliday> holidays;

    public BankHolidays(BankHolidayDivision division, List<BankHoliday> holidays) {
        this.division = division;
        this.holidays = holidays.stream().sorted(Comparator.comparing(BankHoliday::date)).toList();
    }

    /** Reads the division's holidays from a GOV.UK-format file. */
    public static BankHolidays load(Path file, BankHolidayDivision division) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), division);
        } catch (IOException e) {
            throw new SlaConfigException(file + ": cannot read bank holidays: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the division's holidays from GOV.UK-format JSON.
     *
     * @param source the file name, for messages
     */
    public static BankHolidays parse(String json, String source, BankHolidayDivision division) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new SlaConfigException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode events = root.path(division.key()).path("events");
        if (!events.isArray()) {
            throw SlaConfigException.at(source, division.key() + ".events",
                    "missing; the file must have a '" + division.key() + "' division with an events list");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            holidays.add(event(events.get(i), source, division.key() + ".events[" + i + "]"));
        }
        return new BankHolidays(division, holidays);
    }

    private static BankHoliday event(JsonNode event, String source, String key) {
        String date = event.path("date").asString("");
        try {
            return new BankHoliday(LocalDate.parse(date), event.path("title").asString(""));
        } catch (DateTimeParseException e) {
            throw SlaConfigException.at(source, key + ".date", "'" + date + "' is not a date like 2026-12-25");
        }
    }

    public BankHolidayDivision division() {
        return division;
    }

    /** The holidays in date order. */
    public List<BankHoliday> holidays() {
        return holidays;
    }

    /** The dates off work. */
    public Set<LocalDate> dates() {
        return holidays.stream().map(BankHoliday::date).collect(Collectors.toUnmodifiableSet());
    }
}
