package org.contactrouter.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.contactrouter.sla.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The CSV export of cases with their milestones, and monthly attainment, on cases seeded in 2024. */
class CaseReportsTest extends SupervisionApplicationTest {

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.LONDON).toInstant();
    }

    @Test
    void theCsvExportParsesAndHoldsExactlyTheCasesOfTheRangeWithTheirMilestones() throws Exception {
        SeededCases seed = new SeededCases(jdbc);
        // 00:30 on 1 July in London is still 30 June in UTC: the range is the council's days.
        String first = seed.seedCase("EMAIL", "waste", "RESPONDED", "MET", null, london("2024-07-01T00:30"), OFFICER);
        seed.seedMilestone(first, "ACKNOWLEDGE", "MET", london("2024-07-01T09:00"), london("2024-07-02T09:00"), london("2024-07-01T10:00"));
        seed.seedMilestone(first, "FIRST_RESPONSE", "BREACHED", london("2024-07-01T09:00"), london("2024-07-04T09:00"), null);
        String second = seed.seedCase("PHONE", "housing, repairs", "QUEUED", null, null, london("2024-07-31T23:00"), null);
        seed.seedCase("WEB", "waste", "QUEUED", null, null, london("2024-08-01T00:00"), null);   // outside
        seed.seedCase("WEB", "waste", "QUEUED", null, null, london("2024-06-30T23:59"), null);   // outside

        String body = mvc.perform(get("/api/v1/reports/cases.csv").param("from", "2024-07-01").param("to", "2024-07-31")
                        .with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();

        assertThat(rows).extracting(r -> r.get("reference")).containsExactly(first, first, second);
        assertThat(rows.get(0).toMap()).containsEntry("channel", "EMAIL").containsEntry("service_area", "waste")
                .containsEntry("status", "RESPONDED").containsEntry("assigned_officer", OFFICER)
                .containsEntry("opened_at", london("2024-07-01T00:30").toString())
                .containsEntry("milestone", "ACKNOWLEDGE").containsEntry("sla_state", "MET")
                .containsEntry("due_at", london("2024-07-02T09:00").toString())
                .containsEntry("met_at", london("2024-07-01T10:00").toString());
        assertThat(rows.get(1).toMap()).containsEntry("milestone", "FIRST_RESPONSE").containsEntry("sla_state", "BREACHED")
                .containsEntry("met_at", "");
        // A comma in a value survives quoting; a case without clocks has empty milestone columns.
        assertThat(rows.get(2).toMap()).containsEntry("service_area", "housing, repairs").containsEntry("milestone", "");

        mvc.perform(get("/supervisor/reports/cases.csv").param("from", "2024-07-01").param("to", "2024-07-31")
                        .with(user(SUPERVISOR).roles("SUPERVISOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/cases.csv").param("from", "2024-07-31").param("to", "2024-07-01")
                        .with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/cases.csv").param("from", "2024-07-01").param("to", "2024-07-31")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void monthlyAttainmentPerChannelAndServiceArea() throws Exception {
        SeededCases seed = new SeededCases(jdbc);
        String area = "monthly-area";
        for (String state : List.of("MET", "MET", "MET_LATE", "BREACHED", "ON_TRACK")) {
            String c = seed.seedCase("SOCIAL", area, "QUEUED", null, null, london("2024-03-10T10:00"), null);
            seed.seedMilestone(c, "FIRST_RESPONSE", state, london("2024-03-10T10:00"), london("2024-03-11T10:00"),
                    state.startsWith("MET") ? london("2024-03-10T12:00") : null);
        }

        mvc.perform(get("/api/v1/reports/monthly-attainment").param("from", "2024-03").param("to", "2024-04")
                        .with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].month").value("2024-03"))
                .andExpect(jsonPath("$[0].channel").value("SOCIAL"))
                .andExpect(jsonPath("$[0].serviceArea").value(area))
                .andExpect(jsonPath("$[0].metOnTime").value(2))
                .andExpect(jsonPath("$[0].metLate").value(1))
                .andExpect(jsonPath("$[0].breached").value(1))
                .andExpect(jsonPath("$[0].open").value(1))
                .andExpect(jsonPath("$[0].attainmentPercent").value(50));
        String page = mvc.perform(get("/supervisor/reports").param("from", "2024-03").param("to", "2024-03")
                        .with(user(SUPERVISOR).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(area, "50%");
    }

    @Test
    void welshAgainstEnglishFirstResponsesPerLanguageAsCsvAndOnTheReportsPage() throws Exception {
        SeededCases seed = new SeededCases(jdbc);
        Instant received = london("2023-11-06T10:00");
        Instant due = london("2023-11-09T10:00");
        for (String state : List.of("MET", "MET_LATE", "BREACHED", "ON_TRACK")) {
            String welsh = seed.seedCase("cy", "EMAIL", "waste", "AWAITING_CITIZEN", null, null, received, null);
            seed.seedMilestone(welsh, "FIRST_RESPONSE", state, received, due,
                    state.startsWith("MET") ? london("2023-11-07T10:00") : null);
        }
        seed.seedCase("cy", "WEB", "waste", "NEW", null, null, london("2023-11-30T23:59"), null);  // no clock yet
        seed.seedCase("cy", "WEB", "waste", "NEW", null, null, london("2023-12-01T00:00"), null);  // outside
        for (int i = 0; i < 2; i++) {
            String english = seed.seedCase("en", "EMAIL", "waste", "RESPONDED", null, null, received, null);
            seed.seedMilestone(english, "FIRST_RESPONSE", "MET", received, due, london("2023-11-06T11:00"));
        }
        // A clock recomputed after it was breached: the case's latest first-response clock is the one that counts.
        String recomputed = seed.seedCase("en", "EMAIL", "waste", "RESPONDED", null, null, received, null);
        seed.seedMilestone(recomputed, "FIRST_RESPONSE", "BREACHED", received, london("2023-11-07T10:00"), null);
        seed.seedMilestone(recomputed, "FIRST_RESPONSE", "MET", received, due, london("2023-11-08T10:00"));

        String body = mvc.perform(get("/api/v1/reports/language-attainment.csv").param("from", "2023-11-01")
                        .param("to", "2023-11-30").with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"welsh-and-english-2023-11-01-to-2023-11-30.csv\""))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();

        assertThat(rows).extracting(r -> r.get("language")).containsExactly("cy", "en");
        assertThat(rows.get(0).toMap()).containsEntry("from", "2023-11-01").containsEntry("to", "2023-11-30")
                .containsEntry("cases_received", "5").containsEntry("first_responses_on_time", "1")
                .containsEntry("first_responses_late", "2").containsEntry("on_time_percent", "33");
        assertThat(rows.get(1).toMap()).containsEntry("cases_received", "3")
                .containsEntry("first_responses_on_time", "3").containsEntry("first_responses_late", "0")
                .containsEntry("on_time_percent", "100");

        String emptyRange = mvc.perform(get("/api/v1/reports/language-attainment.csv").param("from", "2023-10-01")
                        .param("to", "2023-10-31").with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(emptyRange).as("both languages, even with nothing to count")
                .contains("cy,2023-10-01,2023-10-31,0,0,0,", "en,2023-10-01,2023-10-31,0,0,0,");

        String page = mvc.perform(get("/supervisor/reports").param("languageFrom", "2023-11-01")
                        .param("languageTo", "2023-11-30").with(user(SUPERVISOR).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"language-row-cy\">\\s*<th scope=\"row\" class=\"govuk-table__header\">Welsh</th>"
                        + "\\s*<td[^>]*>5</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>2</td>\\s*<td[^>]*>33%</td>")
                .containsPattern("id=\"language-row-en\">\\s*<th scope=\"row\" class=\"govuk-table__header\">English</th>"
                        + "\\s*<td[^>]*>3</td>\\s*<td[^>]*>3</td>\\s*<td[^>]*>0</td>\\s*<td[^>]*>100%</td>")
                .contains("href=\"/supervisor/reports/language-attainment.csv?from=2023-11-01&amp;to=2023-11-30\"",
                        "<label class=\"govuk-label\" for=\"language-from\">Cases received from (YYYY-MM-DD)</label>",
                        "id=\"language-from\" name=\"languageFrom\" type=\"text\" value=\"2023-11-01\"",
                        "id=\"language-to\" name=\"languageTo\" type=\"text\" value=\"2023-11-30\"",
                        "id=\"csv-from\" name=\"from\" type=\"text\"");

        mvc.perform(get("/supervisor/reports/language-attainment.csv").param("from", "2023-11-01")
                        .param("to", "2023-11-30").with(user(SUPERVISOR).roles("SUPERVISOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/language-attainment.csv").param("from", "2023-11-30")
                        .param("to", "2023-11-01").with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/language-attainment.csv").param("from", "2023-11-01")
                        .param("to", "2023-11-30").with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWelshAndEnglishTableStartsAtTheFinancialYear() {
        assertThat(SupervisorReportsController.financialYearStart(LocalDate.of(2027, 3, 31)))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(SupervisorReportsController.financialYearStart(LocalDate.of(2026, 4, 1)))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
