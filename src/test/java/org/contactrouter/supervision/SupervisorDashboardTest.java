package org.contactrouter.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.contactrouter.sla.SlaState;
import org.contactrouter.supervision.DashboardQueries.Dimension;
import org.contactrouter.supervision.DashboardQueries.GroupFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard's figures on a seeded mix of cases in every SLA state, across channels and a service area. */
class SupervisorDashboardTest extends SupervisionApplicationTest {

    @Autowired
    DashboardQueries queries;

    private final RequestPostProcessor supervisor = user(SUPERVISOR).roles("SUPERVISOR", "OFFICER");

    /** One case of every SLA state (and a closed one) in a fresh service area; returns the breached case. */
    private String seedMix(String area) {
        SeededCases seed = new SeededCases(jdbc);
        Instant now = Instant.now();
        String onTrack = seed.seedCase("EMAIL", area, "QUEUED", "ON_TRACK", now.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(3)), null);
        seed.seedMilestone(onTrack, "FIRST_RESPONSE", "ON_TRACK", now.minus(Duration.ofHours(3)), now.plus(Duration.ofDays(1)), null);
        String atRisk = seed.seedCase("PHONE", area, "QUEUED", "AT_RISK", now.plus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)), null);
        seed.seedMilestone(atRisk, "FIRST_RESPONSE", "AT_RISK", now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)), null);
        String breached = seed.seedCase("EMAIL", area, "ASSIGNED", "BREACHED", now.minusSeconds(1), now.minus(Duration.ofHours(1)), OFFICER);
        seed.seedMilestone(breached, "FIRST_RESPONSE", "BREACHED", now.minus(Duration.ofHours(1)), now.minusSeconds(1), null);
        String met = seed.seedCase("WEB", area, "RESPONDED", "MET", null, now.minus(Duration.ofHours(1)), OFFICER);
        seed.seedMilestone(met, "FIRST_RESPONSE", "MET", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), now.minusSeconds(10));
        String late = seed.seedCase("EMAIL", area, "RESPONDED", "MET_LATE", null, now.minus(Duration.ofHours(1)), OFFICER);
        seed.seedMilestone(late, "ACKNOWLEDGE", "MET_LATE", now.minus(Duration.ofHours(1)), now.minusSeconds(60), now.minusSeconds(5));
        String paused = seed.seedCase("SOCIAL", area, "AWAITING_CITIZEN", "PAUSED", null, now.minus(Duration.ofHours(1)), OFFICER);
        seed.seedMilestone(paused, "FIRST_RESPONSE", "PAUSED", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), null);
        String closed = seed.seedCase("EMAIL", area, "CLOSED", "MET", null, now.minus(Duration.ofHours(1)), OFFICER);
        seed.seedMilestone(closed, "RESOLVE", "MET", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5)), now.minusSeconds(20));
        return breached;
    }

    @Test
    void serviceAreaFiguresMatchTheSeededMix() throws Exception {
        String area = unique("dash");
        seedMix(area);

        GroupFigures figures = queries.figures(Dimension.SERVICE_AREA).stream().filter(f -> f.key().equals(area))
                .findFirst().orElseThrow();
        assertThat(figures.queued()).isEqualTo(2);
        assertThat(figures.oldestWaiting()).isEqualTo(column(area, "min(opened_at)", "status = 'QUEUED'"));
        Map<SlaState, Long> everyStateOnce = new EnumMap<>(SlaState.class);
        for (SlaState state : SlaState.values()) {
            everyStateOnce.put(state, 1L);
        }
        assertThat(figures.openByState()).isEqualTo(everyStateOnce);
        // Settled today: met on time (web, and the closed case), met late, breached.
        assertThat(figures.today()).isEqualTo(new DashboardQueries.Attainment(2, 1, 1));
        assertThat(figures.today().percent()).isEqualTo(50);
        assertThat(figures.week()).isEqualTo(figures.today());

        String page = mvc.perform(get("/supervisor").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("data-area=\"" + area + "\""));
        row = row.substring(0, row.indexOf("</tr>")).replaceAll("\\s+", " ");
        assertThat(row).contains("data-figure=\"queued\">2<", "data-figure=\"at-risk\">1<",
                "data-figure=\"breached\">1<", "data-figure=\"today\">50%<", "data-figure=\"week\">50%<");
    }

    @Test
    void channelFiguresMoveByExactlyWhatTheDatabaseGained() {
        List<GroupFigures> before = queries.figures(Dimension.CHANNEL);
        seedMix(unique("dash"));
        List<GroupFigures> after = queries.figures(Dimension.CHANNEL);

        // The mix adds, per channel: queued, at risk, breached, open by state, met today, late today, breached today.
        assertThat(delta(before, after, GroupFigures::queued)).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 1L, "WEB", 0L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, GroupFigures::atRisk)).isEqualTo(Map.of("EMAIL", 0L, "PHONE", 1L, "WEB", 0L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, GroupFigures::breached)).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 0L, "WEB", 0L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, f -> f.openByState().getOrDefault(SlaState.PAUSED, 0L)))
                .isEqualTo(Map.of("EMAIL", 0L, "PHONE", 0L, "WEB", 0L, "SOCIAL", 1L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, f -> f.today().met())).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 0L, "WEB", 1L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, f -> f.today().metLate())).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 0L, "WEB", 0L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        assertThat(delta(before, after, f -> f.today().breached())).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 0L, "WEB", 0L, "SOCIAL", 0L, "SMS", 0L, "POST", 0L));
        // And each channel's figures are what the database says right now.
        for (GroupFigures f : after) {
            assertThat(f.queued()).isEqualTo(count("channel = '" + f.key() + "' and status = 'QUEUED'"));
            assertThat(f.breached()).isEqualTo(count("channel = '" + f.key() + "' and status <> 'CLOSED' and sla_state = 'BREACHED'"));
        }
    }

    @Test
    void aSupervisorReassignsABreachedCaseInOneClick() throws Exception {
        String breached = seedMix(unique("dash"));
        String page = mvc.perform(get("/supervisor").with(supervisor)).andReturn().getResponse().getContentAsString();
        assertThat(page.substring(page.indexOf("id=\"breached-cases\""))).contains(breached);

        mvc.perform(post("/supervisor/cases/" + breached + "/reassign").with(supervisor).with(csrf())
                        .param("toOfficer", SUPERVISOR))
                .andExpect(redirectedUrl("/supervisor"));

        assertThat(caseColumn(breached, "assigned_officer")).isEqualTo(SUPERVISOR);
        assertThat(jdbc.sql("""
                        select e.detail from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.event_type = 'TRANSFERRED' and e.actor = :u""")
                .param("r", breached).param("u", SUPERVISOR).query(String.class).list())
                .containsExactly("transferred to " + SUPERVISOR);
    }

    @Test
    void chartDataCoversTheLastFortnightAndOnlySupervisorsSeeTheDashboard() throws Exception {
        mvc.perform(get("/supervisor/charts.json").with(supervisor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(14))
                .andExpect(jsonPath("$.opened.EMAIL.length()").value(14))
                .andExpect(jsonPath("$.attainmentPercent.length()").value(14));
        // The same figures on the page as tables (screen readers, no JavaScript): today's row counts today's cases.
        String page = mvc.perform(get("/supervisor").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        DashboardQueries.DailySeries daily = queries.daily(14);
        String volumes = page.substring(page.indexOf("id=\"volume-figures\""));
        String today = volumes.substring(volumes.indexOf("data-day=\"" + queries.today() + "\""));
        today = today.substring(0, today.indexOf("</tr>")).replaceAll("\\s+", " ");
        List<Long> cells = Pattern.compile(">(\\d+)</td>").matcher(today).results()
                .map(m -> Long.parseLong(m.group(1))).toList();
        assertThat(cells).isEqualTo(daily.opened().values().stream().map(counts -> counts.get(13)).toList());
        assertThat(page).contains("id=\"attainment-figures\"", "Deadlines kept on time, as a table");
        mvc.perform(get("/supervisor").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervisor")).andExpect(status().is3xxRedirection());
    }

    private static Map<String, Long> delta(List<GroupFigures> before, List<GroupFigures> after,
                                           ToLongFunction<GroupFigures> figure) {
        Map<String, Long> was = before.stream().collect(Collectors.toMap(GroupFigures::key, figure::applyAsLong));
        return after.stream().collect(Collectors.toMap(GroupFigures::key,
                f -> figure.applyAsLong(f) - was.getOrDefault(f.key(), 0L)));
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from cases where " + where).query(Long.class).single();
    }

    private Instant column(String area, String expression, String where) {
        return jdbc.sql("select " + expression + " as v from cases where service_area = :a and " + where)
                .param("a", area).query((rs, n) -> org.contactrouter.persistence.SqlTime.read(rs, "v")).single();
    }
}
