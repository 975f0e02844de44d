package org.contactrouter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Council systems use scoped, revocable API keys; each refusal is tested. */
class ApiKeyTest extends ApplicationTest {

    static final String CONTACT = "{\"email\":\"crm@example.org\",\"message\":\"From the CRM\"}";

    @Test
    void aKeyDoesWhatItsScopesAllowUntilItIsRevoked() throws Exception {
        String issued = mvc.perform(post("/api/v1/admin/api-keys").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Council CRM\",\"scopes\":[\"contacts:write\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String key = JsonPath.read(issued, "$.key");
        int id = JsonPath.read(issued, "$.id");

        mvc.perform(post("/api/v1/contacts").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isAccepted());
        mvc.perform(get("/api/v1/cases").header("X-Api-Key", key)).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/admin/api-keys").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("Council CRM"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(key));
        mvc.perform(delete("/api/v1/admin/api-keys/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/contacts").header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("the API key is not valid or has been revoked"));

        assertThat(jdbc.sql("select action from audit_log where detail like :d order by id")
                .param("d", "key " + id + "%").query(String.class).list())
                .containsExactly("API_KEY_ISSUED", "API_KEY_REVOKED");
    }

    @Test
    void aReadingKeyCannotActOnCasesAndAWrongKeyIsRefused() throws Exception {
        String issued = mvc.perform(post("/api/v1/admin/api-keys").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Reporting\",\"scopes\":[\"cases:read\"]}"))
                .andReturn().getResponse().getContentAsString();
        String key = JsonPath.read(issued, "$.key");

        mvc.perform(get("/api/v1/cases").header("X-Api-Key", key)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/queue/next").header("X-Api-Key", key)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(CONTACT)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").header("X-Api-Key", key.substring(0, key.length() - 1) + "0"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases").header("X-Api-Key", "not-a-key")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdministratorsIssueKeysAndScopesAreChecked() throws Exception {
        mvc.perform(post("/api/v1/admin/api-keys").with(user("s").roles("SUPERVISOR", "OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"scopes\":[\"cases:read\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/api-keys").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"scopes\":[\"everything\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("'everything' is not a scope (contacts:write, cases:read, reports:read)"));
    }
}
