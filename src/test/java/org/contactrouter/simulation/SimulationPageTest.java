package org.contactrouter.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;

/** The supervisors' what-if page. */
class SimulationPageTest extends ApplicationTest {

    @Test
    void aSupervisorRunsTheComparisonAndSeesEachPolicySideBySide() throws Exception {
        String page = mvc.perform(get("/supervisor/simulation").param("seed", "3").param("scale", "0.05")
                        .param("policy", "ALL").with(user("sam").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("What-if simulator", "Single reception point", "Skills-based, any trained officer",
                "Skills-based with pool widening", "First response: met on time (late, breached)",
                "Utilisation (handling time / rostered time)", "60 officers");
        assertThat(page).doesNotContain("<script>");
    }

    @Test
    void theFormAloneRunsNothingAndMistakesAreExplained() throws Exception {
        String form = mvc.perform(get("/supervisor/simulation").with(user("sam").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Run the simulation").doesNotContain("Results");

        String wrong = mvc.perform(get("/supervisor/simulation").param("seed", "forty-two").param("scale", "9")
                        .param("policy", "ALL").with(user("sam").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("There is a problem", "Enter the seed as a whole number",
                "Enter the volume scale as a number above 0 and up to 3.0").doesNotContain("Results");
        // Each problem links to its field, which shows it too and is described by it (GOV.UK error pattern).
        assertThat(wrong).contains("<a href=\"#seed\">Enter the seed", "<a href=\"#scale\">Enter the volume scale",
                "id=\"seed-error\"", "aria-describedby=\"seed-hint seed-error\"", "id=\"scale-error\"",
                "aria-describedby=\"scale-hint scale-error\"").doesNotContain("id=\"policy-error\"");

        String noPolicy = mvc.perform(get("/supervisor/simulation").param("seed", "42").param("scale", "1")
                        .param("policy", "NOT_A_POLICY").with(user("sam").roles("SUPERVISOR", "OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noPolicy).contains("<a href=\"#policy-all\">Choose a policy", "id=\"policy-error\"",
                "aria-describedby=\"policy-error\"").doesNotContain("id=\"seed-error\"", "Results");
    }

    @Test
    void onlySupervisorsMayUseIt() throws Exception {
        mvc.perform(get("/supervisor/simulation").with(user("alice").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervisor/simulation")).andExpect(status().is3xxRedirection());
    }
}
