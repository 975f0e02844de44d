package org.contactrouter.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Public submissions are limited per client address; other clients and reading pages are unaffected. */
@SpringBootTest(properties = "ccr.security.public-submissions-per-minute=" + PublicRateLimitTest.PER_MINUTE)
class PublicRateLimitTest extends ApplicationTest {

    static final int PER_MINUTE = 20;

    @Test
    void open311SubmissionsOverTheLimitGet429InTheGeoReportFormat() throws Exception {
        RequestPostProcessor client = from("10.20.30.40");
        for (int i = 0; i < PER_MINUTE; i++) {
            mvc.perform(post("/open311/v2/requests.json").with(client).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("service_code", "none")).andExpect(status().isNotFound());
        }
        mvc.perform(post("/open311/v2/requests.json").with(client).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "none"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$[0].code").value(429));
        mvc.perform(post("/open311/v2/requests.json").with(from("10.20.30.41"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "none"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/services.json").with(client)).andExpect(status().isOk());
    }

    @Test
    void contactFormSubmissionsOverTheLimitGet429WithAReason() throws Exception {
        RequestPostProcessor client = from("10.20.30.50");
        for (int i = 0; i < PER_MINUTE; i++) {
            mvc.perform(post("/contact").with(client).with(csrf()).param("message", "")).andExpect(status().isOk());
        }
        mvc.perform(post("/contact").with(client).with(csrf()).param("message", ""))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please wait a minute and try again")));
        mvc.perform(get("/contact").with(client)).andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
