package org.contactrouter.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.contactrouter.ContactRouterApplication;
import org.contactrouter.TestDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 8, 1(b): the broker stops while citizens submit the contact form and Open311 reports. Each submission either
 * succeeds (a reference shown) and becomes a case, or fails with a 503 that tells the citizen to try again and
 * keeps nothing; none is silently lost. The broker then comes back in the running application and submissions
 * succeed again.
 */
class BrokerOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** What the citizen was told about one submission. */
    private record Outcome(String door, int status, String reference, String body) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    @Test
    void eachSubmissionEitherBecomesACaseOrIsRefusedWith503AndATryAgainMessage() throws Exception {
        Path dataDir = TestDataDirectory.create("broker-outage");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ContactRouterApplication.class)
                .run("--ccr.data-dir=" + dataDir, "--server.port=0")) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            EmbeddedActiveMQ broker = app.getBean(EmbeddedActiveMQ.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            submitBoth(mvc, 3);
            broker.stop();
            // One of each: the broker client tries for about 12 s before it gives up on a send.
            submitBoth(mvc, 1);
            broker.start();
            // The connection to the restarted broker is re-established on the next attempts.
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                submitBoth(mvc, 1);
                return outcomes.get(outcomes.size() - 1).status() == 201
                        && outcomes.get(outcomes.size() - 2).status() == 302;
            });

            List<Outcome> refused = outcomes.stream().filter(o -> o.reference() == null).toList();
            List<Outcome> accepted = outcomes.stream().filter(o -> o.reference() != null).toList();
            assertThat(refused).as("submissions while the broker was down").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(o -> {
                        assertThat(o.status()).as(o.door()).isEqualTo(503);
                        assertThat(o.body()).as(o.door()).containsAnyOf("Please try again", "please try again");
                    });
            assertThat(accepted).hasSizeGreaterThanOrEqualTo(8);
            await().atMost(WAIT).untilAsserted(() -> assertThat(references(jdbc))
                    .as("every accepted submission is a case, and nothing refused was kept")
                    .containsExactlyInAnyOrderElementsOf(accepted.stream().map(Outcome::reference).toList()));
        }
    }

    private void submitBoth(MockMvc mvc, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            MockHttpServletResponse page = mvc.perform(post("/contact").with(csrf())
                    .param("submissionId", UUID.randomUUID().toString()).param("topic", "waste")
                    .param("message", "My bin was missed").param("email", "outage@example.org")
                    .param("language", "en")).andReturn().getResponse();
            String redirect = page.getRedirectedUrl();
            outcomes.add(new Outcome("contact page", page.getStatus(),
                    redirect == null ? null : redirect.replace("/contact/submitted/", ""),
                    page.getContentAsString()));

            MockHttpServletResponse open311 = mvc.perform(post("/open311/v2/requests.json")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "pothole")
                    .param("lat", "52.48").param("long", "-1.89").param("description", "Deep pothole"))
                    .andReturn().getResponse();
            outcomes.add(new Outcome("Open311", open311.getStatus(), open311.getStatus() == 201
                    ? com.jayway.jsonpath.JsonPath.read(open311.getContentAsString(), "$[0].service_request_id")
                    : null, open311.getContentAsString()));
        }
    }

    private static List<String> references(JdbcClient jdbc) {
        return jdbc.sql("select reference from cases").query(String.class).list();
    }
}
