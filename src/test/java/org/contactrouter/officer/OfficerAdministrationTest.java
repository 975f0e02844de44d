package org.contactrouter.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.contactrouter.ApplicationTest;
import org.contactrouter.contact.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class OfficerAdministrationTest extends ApplicationTest {

    @Autowired
    OfficerDirectory directory;

    @Test
    void anAdministratorAddsAnOfficerThroughTheApiWhoCanThenSignIn() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(put("/api/v1/officers/" + username).with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Nia Morgan","role":"OFFICER","channels":{"email":3,"social":2},
                                 "serviceAreas":["Housing"],"languages":["en","cy"],"password":"a-long-password-1"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacities.EMAIL").value(3));
        Officer saved = directory.find(username).orElseThrow();
        assertThat(saved.capacities()).containsEntry(Channel.SOCIAL, 2);
        assertThat(saved.serviceAreas()).containsExactly("housing");
        assertThat(saved.speaksWelsh()).isTrue();

        mvc.perform(put("/api/v1/officers/me/presence").with(httpBasic(username, "a-long-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"presence\":\"available\"}"))
                .andExpect(status().isNoContent());
        assertThat(directory.find(username).orElseThrow().presence()).isEqualTo(Presence.AVAILABLE);
    }

    @Test
    void invalidChangesAreRefusedWithEveryReason() throws Exception {
        mvc.perform(put("/api/v1/officers/Bad Name").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"role\":\"BOSS\",\"channels\":{\"fax\":1},\"languages\":[\"fr\"],"
                                + "\"serviceAreas\":[\"waste\",\"parking\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(7))
                .andExpect(jsonPath("$.errors[4]").value(
                        "There is no service area parking: use alternative-format, council-tax, general, highways,"
                                + " housing, waste"));
    }

    @Test
    void theAdminPageKeepsWhatWasTypedAndLinksEachReasonToItsField() throws Exception {
        String username = "typed-" + UUID.randomUUID().toString().substring(0, 6);
        String page = mvc.perform(post("/admin/officers").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", username).param("name", "Typed Twice").param("role", "SUPERVISOR")
                        .param("capacity-phone", "lots").param("capacity-email", "3")
                        .param("serviceAreas", "waste, parking").param("languages", "cy").param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Staff", "href=\"#capacity-phone\"", "href=\"#serviceAreas\"",
                "href=\"#password\"", "id=\"serviceAreas-error\"", "There is no service area parking",
                "Capacity for phone must be from 1 to 50");
        assertThat(page).as("what was typed is kept (but never the password)")
                .contains("value=\"" + username + "\"", "value=\"Typed Twice\"", "value=\"lots\"", "value=\"3\"",
                        "value=\"waste, parking\"", "value=\"SUPERVISOR\" selected=\"selected\"")
                .containsPattern("id=\"languages-cy\" name=\"languages\" type=\"checkbox\" value=\"cy\"\\s+checked")
                .doesNotContain("value=\"short\"");
        assertThat(directory.find(username)).isEmpty();
    }

    @Test
    void onlyAdministratorsManageStaff() throws Exception {
        mvc.perform(get("/api/v1/officers").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/officers").with(user("s").roles("SUPERVISOR", "OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/officers").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theAdminPageSavesSkills() throws Exception {
        String username = "page-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/officers").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", username).param("name", "Page Made").param("role", "SUPERVISOR")
                        .param("capacity-phone", "1").param("capacity-email", "0").param("serviceAreas", "waste, highways")
                        .param("languages", "en").param("password", "another-long-password"))
                .andExpect(status().is3xxRedirection());
        Officer saved = directory.find(username).orElseThrow();
        assertThat(saved.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(saved.capacities()).containsOnlyKeys(Channel.PHONE);
        assertThat(saved.serviceAreas()).containsExactlyInAnyOrder("waste", "highways");
    }
}
