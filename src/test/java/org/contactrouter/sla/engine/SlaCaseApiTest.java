package org.contactrouter.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What the case API and Open311 show of a case's response-time standard. */
class SlaCaseApiTest extends SlaApplicationTest {

    @Test
    void open311ExpectedDatetimeIsTheFirstResponseDeadlineAndTheCaseApiShowsEachMilestone() throws Exception {
        CLOCK.set(london("2026-03-30T10:00"));    // BST: 09:00 UTC
        String response = mvc.perform(post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "missed-bin").param("address_string", "1 High Street")
                        .param("description", "Not collected"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reference = com.jayway.jsonpath.JsonPath.read(response, "$[0].service_request_id");
        awaitCase(reference);

        mvc.perform(get("/open311/v2/requests/" + reference + ".json"))
                .andExpect(jsonPath("$[0].expected_datetime").value("2026-04-02T09:00:00Z"));
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.sla[0].milestone").value("ACKNOWLEDGE"))
                .andExpect(jsonPath("$.sla[0].state").value("MET"))
                .andExpect(jsonPath("$.sla[0].metAt").value("2026-03-30T09:00:00Z"))
                .andExpect(jsonPath("$.sla[0].workingTimeRemaining").doesNotExist())
                .andExpect(jsonPath("$.sla[1].milestone").value("FIRST_RESPONSE"))
                .andExpect(jsonPath("$.sla[1].allowance").value("3 working days"))
                .andExpect(jsonPath("$.sla[1].dueAt").value("2026-04-02T09:00:00Z"))
                .andExpect(jsonPath("$.sla[1].state").value("ON_TRACK"))
                .andExpect(jsonPath("$.sla[1].workingTimeRemaining").value("PT24H"));

        // Wed 16:00: 7 + 8 + 7 = 22 of 24 working hours used, past the 75% warning threshold.
        CLOCK.set(london("2026-04-01T16:00"));
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.sla[1].state").value("AT_RISK"))
                .andExpect(jsonPath("$.sla[1].workingTimeRemaining").value("PT2H"));
        await().atMost(WAIT).until(() -> "AT_RISK".equals(caseColumn(reference, "sla_state")));

        // Thu 11:00, an hour after the 10:00 deadline.
        CLOCK.set(london("2026-04-02T11:00"));
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.sla[1].state").value("BREACHED"))
                .andExpect(jsonPath("$.sla[1].workingTimeRemaining").value("PT-1H"));
        await().atMost(WAIT).until(() -> "HIGH".equals(caseColumn(reference, "priority")));
        assertThat(caseColumn(reference, "sla_state")).isEqualTo("BREACHED");
        mvc.perform(get("/api/v1/cases/" + reference).with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(jsonPath("$.events[?(@.type == 'SLA_WARNING')].detail").value(org.hamcrest.Matchers.contains(
                        "first response: 75% of 3 working days used; due 2026-04-02T09:00:00Z")))
                .andExpect(jsonPath("$.events[?(@.type == 'SLA_BREACH')].detail").value(org.hamcrest.Matchers.contains(
                        "first response: not met by 2026-04-02T09:00:00Z (3 working days); priority HIGH")));
    }
}
