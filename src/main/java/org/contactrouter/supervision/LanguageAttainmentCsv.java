package org.contactrouter.supervision;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes Welsh against English attainment as CSV, for the annual Welsh Language Standards report: per language
 * (cy, en) the cases received in the range and how their first responses went. Counts only, no personal data.
 */
@Component
class LanguageAttainmentCsv {

    static final String[] HEADER = {"language", "from", "to", "cases_received", "first_responses_on_time",
            "first_responses_late", "on_time_percent"};

    private final DashboardQueries queries;

    LanguageAttainmentCsv(DashboardQueries queries) {
        this.queries = queries;
    }

    void write(LocalDate from, LocalDate to, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (DashboardQueries.LanguageRow row : queries.languageAttainment(from, to)) {
                csv.printRecord(row.language(), from, to, row.received(), row.onTime(), row.late(),
                        row.onTimePercent());
            }
        }
    }
}
