package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.IntakeService;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The holder rule on every action, on the API and the pages: only the officer holding a case, or a supervisor,
 * answers it, notes it, parks it, releases, transfers or closes it; everyone else gets 403 with the reason and the
 * case is unchanged; a closed case takes no action and its page offers none.
 */
class HolderRuleTest extends ApplicationTest {

    /** Each action's API request body, by the path after the case reference. */
    private static final Map<String, String> API_BODIES = Map.of(
            "replies", "{\"body\":\"Hello\"}",
            "callbacks", "{\"outcome\":\"REACHED\",\"notes\":\"rang back\"}",
            "notes", "{\"text\":\"a note\"}",
            "awaiting-citizen", "{}",
            "release", "{}",
            "close", "{\"text\":\"done\"}",
            "transfer", "{\"toServiceArea\":\"elsewhere\"}",
            "classification", "{\"serviceArea\":\"elsewhere\"}");

    /** The same actions as the case page posts them. */
    private static final Map<String, Map<String, String>> PAGE_FORMS = Map.of(
            "reply", Map.of("text", "Hello from the page"),
            "callback", Map.of("outcome", "REACHED", "text", "rang back"),
            "note", Map.of("text", "a note"),
            "awaiting-citizen", Map.of(),
            "release", Map.of(),
            "close", Map.of("text", "done"),
            "transfer", Map.of("serviceArea", "elsewhere"),
            "classification", Map.of("serviceArea", "elsewhere"));

    @Autowired
    IntakeService intake;

    @ParameterizedTest
    @ValueSource(strings = {"replies", "callbacks", "notes", "awaiting-citizen", "release", "close", "transfer",
            "classification"})
    void anOfficerWhoDoesNotHoldTheCaseIsRefusedOnTheApi(String action) throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = heldPhoneCase(holder);
        String other = account("other", Role.OFFICER);

        mvc.perform(post("/api/v1/cases/" + reference + "/" + action).with(user(other).roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get(action)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(reference + " is held by " + holder
                        + (action.equals("classification") ? ": only they or a supervisor can change its service area"
                        : ": only they or a supervisor can act on it")));

        assertUnchanged(reference, holder, other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply", "callback", "note", "awaiting-citizen", "release", "close", "transfer",
            "classification"})
    void anOfficerWhoDoesNotHoldTheCaseIsRefusedOnThePageAndKeepsWhatTheyTyped(String action) throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = heldPhoneCase(holder);
        String other = account("other", Role.OFFICER);
        var request = post("/workspace/cases/" + reference + "/" + action).with(user(other).roles("OFFICER"))
                .with(csrf());
        PAGE_FORMS.get(action).forEach(request::param);

        String page = mvc.perform(request).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem", reference + " is held by " + holder)
                .doesNotContain("Done</h2>");
        assertUnchanged(reference, holder, other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"callbacks", "notes", "awaiting-citizen", "release", "close", "transfer",
            "classification"})
    void aSupervisorMayActOnACaseSomeoneElseHolds(String action) throws Exception {
        String reference = heldPhoneCase(account("holder", Role.OFFICER));
        String supervisor = account("sup", Role.SUPERVISOR);

        int status = mvc.perform(post("/api/v1/cases/" + reference + "/" + action)
                        .with(user(supervisor).roles("SUPERVISOR", "OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get(action)))
                .andReturn().getResponse().getStatus();

        assertThat(status).isBetween(200, 299);
        assertThat(eventsBy(reference, supervisor)).isPositive();
    }

    @Test
    void theHolderPassesTheRuleAndMeetsTheNextOne() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = heldPhoneCase(holder);
        RequestPostProcessor asHolder = user(holder).roles("OFFICER");

        // A phone case is answered by a recorded call, not a written reply: refused for that reason, not for who asks.
        mvc.perform(post("/api/v1/cases/" + reference + "/replies").with(asHolder)
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get("replies")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(
                        "this case is answered by phone: record the callback and its outcome instead"));
        for (String action : new String[] {"callbacks", "notes", "awaiting-citizen"}) {
            int status = mvc.perform(post("/api/v1/cases/" + reference + "/" + action).with(asHolder)
                            .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get(action)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(action).isBetween(200, 299);
        }
        assertThat(eventsBy(reference, holder)).isEqualTo(3);
    }

    @Test
    void aQueuedCaseCanBeTakenOrHaveItsAreaCorrectedButNotAnswered() throws Exception {
        String reference = intake.accept(phoneContact()).reference();
        String officer = account("any", Role.OFFICER);

        mvc.perform(post("/api/v1/cases/" + reference + "/notes").with(user(officer).roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get("notes")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("take " + reference + " before acting on it"));
        String page = mvc.perform(get("/workspace/cases/" + reference).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nobody holds this case yet", "Correct the service area")
                .doesNotContain("Record the callback", "Add note", "Close case", "Release to the queue");
        mvc.perform(post("/api/v1/cases/" + reference + "/classification").with(user(officer).roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get("classification")))
                .andExpect(status().isNoContent());
        assertThat(caseColumn(reference, "service_area")).isEqualTo("elsewhere");
    }

    @Test
    void theCasePageOffersActionsOnlyToItsHolderAndSupervisors() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = heldPhoneCase(holder);

        assertThat(casePage(reference, user(holder).roles("OFFICER")))
                .contains("Record the callback", "Add note", "Close case", "Transfer");
        assertThat(casePage(reference, user(account("sup", Role.SUPERVISOR)).roles("SUPERVISOR", "OFFICER")))
                .contains("Record the callback", "Add note", "Close case", "Transfer");
        assertThat(casePage(reference, user(account("other", Role.OFFICER)).roles("OFFICER")))
                .contains("This case is held by " + holder + ". Only they or a supervisor can answer the citizen")
                .doesNotContain("Record the callback", "Add note", "Close case", "Transfer", "Correct the service area");
    }

    @Test
    void aClosedCaseTakesNoActionFromAnyoneAndItsPageOffersNone() throws Exception {
        String holder = account("holder", Role.OFFICER);
        String reference = heldPhoneCase(holder);
        RequestPostProcessor supervisor = user(account("sup", Role.SUPERVISOR)).roles("SUPERVISOR", "OFFICER");
        mvc.perform(post("/api/v1/cases/" + reference + "/close").with(user(holder).roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get("close")))
                .andExpect(status().isNoContent());

        for (String action : API_BODIES.keySet()) {
            mvc.perform(post("/api/v1/cases/" + reference + "/" + action).with(supervisor)
                            .contentType(MediaType.APPLICATION_JSON).content(API_BODIES.get(action)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value(reference + " is closed"));
        }
        assertThat(casePage(reference, supervisor)).contains("This case is closed")
                .doesNotContain("Record the callback", "Add note", "Close case", "Transfer", "Correct the service area",
                        "Take this case");
    }

    private String heldPhoneCase(String holder) {
        String reference = openCaseIn(unique("holding"), phoneContact());
        transferTo(holder, reference);
        return reference;
    }

    private static Contact phoneContact() {
        return Contact.builder(Channel.PHONE, "api", UUID.randomUUID().toString(), Instant.now())
                .sender(Sender.of("Caller", Identity.phone("+447700900888"))).subject("Missed call").build();
    }

    private String casePage(String reference, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/workspace/cases/" + reference).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void assertUnchanged(String reference, String holder, String other) {
        assertThat(caseColumn(reference, "status")).isEqualTo("ASSIGNED");
        assertThat(caseColumn(reference, "assigned_officer")).isEqualTo(holder);
        assertThat(caseColumn(reference, "service_area")).startsWith("holding-");
        assertThat(eventsBy(reference, other)).isZero();
        assertThat(jdbc.sql("select count(*) from reply r join cases c on c.id = r.case_id where c.reference = :r")
                .param("r", reference).query(Long.class).single()).isZero();
    }

    private long eventsBy(String reference, String actor) {
        return jdbc.sql("""
                        select count(*) from case_event e join cases c on c.id = e.case_id
                        where c.reference = :r and e.actor = :a""")
                .param("r", reference).param("a", actor).query(Long.class).single();
    }
}
