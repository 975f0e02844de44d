package org.contactrouter.sla.engine;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.contactrouter.contact.Channel;
import org.contactrouter.officer.OfficerAccounts;
import org.contactrouter.officer.Role;
import org.contactrouter.reply.ReplyKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The attainment report on a seeded week (13-19 April 2026, BST): per channel and day, met on time, met late,
 * breached and open, and working time to acknowledge and to respond.
 */
class SlaAttainmentReportTest extends SlaApplicationTest {

    private static final String SUPERVISOR = "supervisor";

    @Autowired
    OfficerAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void attainmentPerChannelPerDayAndWeekOnASeededMix() throws Exception {
        accounts.save(SUPERVISOR, "Test Supervisor", Role.SUPERVISOR, encoder.encode(PASSWORD), Instant.now());
        CLOCK.set(london("2026-04-13T10:00"));
        String email1 = open(Channel.EMAIL);
        String phone1 = open(Channel.PHONE);
        String phone2 = open(Channel.PHONE);
        CLOCK.set(london("2026-04-13T11:00"));
        delivered(email1, ReplyKind.ACKNOWLEDGEMENT, true);          // 1 h, on time
        CLOCK.set(london("2026-04-13T12:00"));
        String email2 = open(Channel.EMAIL);
        CLOCK.set(london("2026-04-13T14:00"));
        delivered(phone1, ReplyKind.CALLBACK, true);                  // 4 h, on time
        CLOCK.set(london("2026-04-14T09:00"));
        String web = open(Channel.WEB);                               // acknowledged on receipt
        CLOCK.set(london("2026-04-14T10:00"));
        delivered(email1, ReplyKind.REPLY, true);                     // 8 h, on time
        CLOCK.set(london("2026-04-15T12:00"));
        delivered(email2, ReplyKind.ACKNOWLEDGEMENT, true);           // 5 + 8 + 3 = 16 h, late
        // phone2's call back was due Tue 10:00 and never made: the scanner marks it breached.
        await().atMost(WAIT).until(() -> "BREACHED".equals(milestone(phone2, "FIRST_RESPONSE").state()));

        mvc.perform(get("/api/v1/reports/attainment").param("from", "2026-04-13").param("to", "2026-04-19")
                        .with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.granularity").value("DAY"))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[0].period").value("2026-04-13"))
                .andExpect(jsonPath("$.rows[0].channel").value("PHONE"))
                .andExpect(jsonPath("$.rows[0].metOnTime").value(1))
                .andExpect(jsonPath("$.rows[0].breached").value(1))
                .andExpect(jsonPath("$.rows[0].toRespond.mean").value("PT4H"))
                .andExpect(jsonPath("$.rows[1].channel").value("EMAIL"))
                .andExpect(jsonPath("$.rows[1].metOnTime").value(2))
                .andExpect(jsonPath("$.rows[1].metLate").value(1))
                .andExpect(jsonPath("$.rows[1].breached").value(0))
                .andExpect(jsonPath("$.rows[1].open").value(1))
                .andExpect(jsonPath("$.rows[1].toAcknowledge.count").value(2))
                .andExpect(jsonPath("$.rows[1].toAcknowledge.mean").value("PT8H30M"))
                .andExpect(jsonPath("$.rows[1].toAcknowledge.p90").value("PT16H"))
                .andExpect(jsonPath("$.rows[1].toRespond.p90").value("PT8H"))
                .andExpect(jsonPath("$.rows[2].period").value("2026-04-14"))
                .andExpect(jsonPath("$.rows[2].channel").value("WEB"))
                .andExpect(jsonPath("$.rows[2].metOnTime").value(1))
                .andExpect(jsonPath("$.rows[2].open").value(1))
                .andExpect(jsonPath("$.rows[2].toAcknowledge.mean").value("PT0S"));

        mvc.perform(get("/api/v1/reports/attainment").param("from", "2026-04-13").param("to", "2026-04-19")
                        .param("granularity", "week").with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(jsonPath("$.rows[*].period").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("2026-04-13"))))
                .andExpect(jsonPath("$.rows[*].channel").value(org.hamcrest.Matchers.contains("PHONE", "EMAIL", "WEB")))
                .andExpect(jsonPath("$.rows[2].open").value(1));
    }

    @Test
    void theReportIsForSupervisorsAndChecksItsParameters() throws Exception {
        accounts.save(SUPERVISOR, "Test Supervisor", Role.SUPERVISOR, encoder.encode(PASSWORD), Instant.now());
        mvc.perform(get("/api/v1/reports/attainment").param("from", "2026-04-13").param("to", "2026-04-19")
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/attainment").param("from", "2026-04-19").param("to", "2026-04-13")
                        .with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/attainment").param("from", "2026-04-13").param("to", "2026-04-19")
                        .param("granularity", "fortnight").with(httpBasic(SUPERVISOR, PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
