package org.contactrouter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With single sign-on configured, the sign-in page offers it and sends staff to the identity provider. */
@SpringBootTest(properties = {
        "ccr.security.oidc.enabled=true",
        "spring.security.oauth2.client.registration.entra.client-id=contact-router",
        "spring.security.oauth2.client.registration.entra.client-secret=test-secret",
        "spring.security.oauth2.client.registration.entra.scope=openid,profile",
        "spring.security.oauth2.client.registration.entra.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.entra.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.entra.authorization-uri=https://login.example/tenant/oauth2/v2.0/authorize",
        "spring.security.oauth2.client.provider.entra.token-uri=https://login.example/tenant/oauth2/v2.0/token",
        "spring.security.oauth2.client.provider.entra.jwk-set-uri=https://login.example/tenant/discovery/v2.0/keys",
        "spring.security.oauth2.client.provider.entra.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
class OidcLoginTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ccr.data-dir", () -> TestDataDirectory.create("oidc").toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheCouncilAccountWhichRedirectsToTheProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Sign in with your council account", "/oauth2/authorization/entra"));
        mvc.perform(get("/oauth2/authorization/entra"))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                        .startsWith("https://login.example/tenant/oauth2/v2.0/authorize")
                        .contains("client_id=contact-router", "scope=openid%20profile", "response_type=code"));
    }
}
