package org.contactrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contactrouter.ApplicationTest;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The staff menu by role, where each role starts, the API keys page, and the addresses nobody serves: a 404 for
 * everyone, never a sign-in page, while every staff page stays behind sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffNavigationTest extends ApplicationTest {

    /** Prefixes SecurityConfiguration keeps behind sign-in; a page outside them and the public list is public. */
    private static final List<String> STAFF_PREFIXES = List.of("/workspace", "/cases", "/supervisor", "/admin",
            "/staff");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/contact", "/contact/**", "/cyswllt", "/login", "/status",
            "/error", "/accessibility", "/privacy", "/cookies");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void eachRoleSeesItsNameAndOnlyThePagesItMayUse() throws Exception {
        String officerPage = page("/workspace", OFFICER, "OFFICER");
        assertThat(officerPage).contains("Signed in as <strong>Test Officer</strong>", ">My workspace<",
                ">Find a case<", "id=\"staff-search\"").doesNotContain(">Dashboard<", ">Officers<", ">API keys<");
        assertThat(officerPage).as("the page's own item is marked")
                .containsPattern("item--active\">\\s*<a class=\"govuk-service-navigation__link\" href=\"/workspace\" aria-current=\"page\"");

        String supervisor = account("sup", Role.SUPERVISOR);
        assertThat(page("/supervisor", supervisor, "SUPERVISOR", "OFFICER"))
                .contains(">Dashboard<", ">Reports<", ">Simulator<", ">My workspace<").doesNotContain(">Officers<");

        String admin = account("adm", Role.ADMIN);
        assertThat(page("/admin/officers", admin, "ADMIN"))
                .contains(">Officers<", ">Dead letters<", ">API keys<")
                .doesNotContain(">My workspace<", "id=\"staff-search\"", ">Dashboard<");
    }

    @Test
    void staffStartOnTheFirstPageTheirRoleOpens() throws Exception {
        mvc.perform(get("/staff").with(user("a").roles("ADMIN"))).andExpect(redirectedUrl("/admin/officers"));
        mvc.perform(get("/staff").with(user("o").roles("OFFICER"))).andExpect(redirectedUrl("/workspace"));
        mvc.perform(get("/staff")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAddressNobodyServesIsPageNotFoundNotTheSignInPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/contcat")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
                .doesNotContain("Staff menu");
        mvc.perform(get("/contact/submitted/CR-2026-999999/extra")).andExpect(status().isNotFound());
    }

    @Test
    void everyStaffPageIsBehindSignInAndEveryOtherPageIsMeantToBePublic() throws Exception {
        List<String> pages = handlers.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> !path.startsWith("/api/") && !path.startsWith("/open311/")
                        && !path.startsWith("/actuator"))
                .toList();
        assertThat(pages).isNotEmpty();
        for (String path : pages) {
            boolean staff = STAFF_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
            boolean publicPage = PUBLIC_PAGES.contains(path) || path.startsWith("/contact/");
            assertThat(staff || publicPage)
                    .as(path + " is neither under a staff prefix nor a public page: with unknown addresses public,"
                            + " it would be open to anyone")
                    .isTrue();
            if (staff) {
                String concrete = path.replaceAll("\\{[^}]+}", "x");
                int status = mvc.perform(get(concrete)).andReturn().getResponse().getStatus();
                assertThat(status).as(concrete + " without signing in").isIn(302, 401, 403);
            }
        }
    }

    @Test
    void anAdministratorIssuesAKeyThatIsShownOnceAndRevokesIt() throws Exception {
        String admin = account("keys", Role.ADMIN);
        String refused = mvc.perform(post("/admin/api-keys").param("name", "Website form").with(csrf())
                        .with(user(admin).roles("ADMIN")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Error: API keys", "href=\"#scopes\"", "Select at least one thing",
                "value=\"Website form\"");

        String issued = mvc.perform(post("/admin/api-keys").param("name", "Website form")
                        .param("scopes", "cases:read").with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher key = Pattern.compile("(ccr_[0-9a-f]+_[0-9a-f]+)</code>").matcher(issued);
        assertThat(key.find()).as("the secret is on the page").isTrue();
        mvc.perform(get("/api/v1/cases").header("X-Api-Key", key.group(1))).andExpect(status().isOk());
        assertThat(page("/admin/api-keys", admin, "ADMIN")).as("and never again").doesNotContain(key.group(1))
                .contains("Website form");

        Matcher id = Pattern.compile("Key (\\d+) issued").matcher(issued);
        assertThat(id.find()).isTrue();
        mvc.perform(post("/admin/api-keys/" + id.group(1) + "/revoke").with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/api-keys"));
        mvc.perform(get("/api/v1/cases").header("X-Api-Key", key.group(1))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/api-keys").with(user(OFFICER).roles("OFFICER"))).andExpect(status().isForbidden());
    }

    private String page(String url, String username, String... roles) throws Exception {
        return mvc.perform(get(url).with(user(username).roles(roles))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
