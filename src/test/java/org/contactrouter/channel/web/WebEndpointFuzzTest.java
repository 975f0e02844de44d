package org.contactrouter.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.contactrouter.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile requests to the JSON contact API and Open311 (issue 8, 2), generated with jqwik: each is accepted or
 * refused with a 4xx that gives a reason (never a 500), and a good submission after them is still accepted and
 * becomes a case.
 */
class WebEndpointFuzzTest extends ApplicationTest {

    private static final int SAMPLES = 150;
    /** Fewer: each API request checks a bcrypt password. */
    private static final int API_SAMPLES = 60;

    @Test
    void hostileJsonSubmissionsAreRefusedWithReasonsAndTheNextGoodOneIsACase() throws Exception {
        for (String body : jsonBodies().sampleStream().limit(API_SAMPLES).toList()) {
            assertAnsweredWithReason(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(body), body);
        }
        String response = mvc.perform(post("/api/v1/contacts").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"after-fuzz@example.org\",\"message\":\"Still working\"}"))
                .andReturn().getResponse().getContentAsString();
        awaitCase(com.jayway.jsonpath.JsonPath.read(response, "$.reference"));
    }

    @Test
    void hostileOpen311RequestsAreRefusedWithReasonsAndTheNextGoodOneIsACase() throws Exception {
        for (Map<String, String> form : open311Forms().sampleStream().limit(SAMPLES).toList()) {
            MockHttpServletRequestBuilder request = post("/open311/v2/requests.json")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
            form.forEach(request::param);
            assertAnsweredWithReason(request, form.toString());
        }
        String response = mvc.perform(post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "pothole")
                        .param("address_string", "1 High Street").param("description", "Still working"))
                .andReturn().getResponse().getContentAsString();
        awaitCase(com.jayway.jsonpath.JsonPath.read(response, "$[0].service_request_id"));
    }

    private void assertAnsweredWithReason(MockHttpServletRequestBuilder request, String input) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("answer to %s", input).isIn(201, 202, 400, 404, 413, 415);
        if (response.getStatus() == 400 || response.getStatus() == 404) {
            assertThat(response.getContentAsString()).as("reason for %s", input)
                    .containsAnyOf("\"message\"", "\"description\"", "\"detail\"", "\"error\"");
        }
    }

    private static Arbitrary<String> jsonBodies() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("a@.\\\"\u0000\u202e<>").ofMaxLength(6_000));
        Arbitrary<String> value = Arbitraries.oneOf(text.map(WebEndpointFuzzTest::quoted),
                Arbitraries.of("null", "1", "[]", "{}", "true", "1e999", "\"\""));
        Arbitrary<String> field = Arbitraries.of("externalId", "name", "email", "phone", "subject", "message",
                "serviceArea", "language", "unknown");
        Arbitrary<String> object = Combinators.combine(field, value).as((f, v) -> "\"" + f + "\":" + v)
                .list().ofMaxSize(9).map(pairs -> "{" + String.join(",", pairs) + "}");
        Arbitrary<String> broken = object.flatMap(json -> Arbitraries.integers().between(0, json.length())
                .map(cut -> json.substring(0, cut)));
        return Arbitraries.oneOf(object, broken, text);
    }

    private static Arbitrary<Map<String, String>> open311Forms() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("pothole", "52.48", "-1.89", "NaN", "Infinity", "1e400", "-0", "fms@example.net", ""),
                Arbitraries.strings().withChars("x ").ofMinLength(4_990).ofMaxLength(5_010));
        Arbitrary<String> field = Arbitraries.of("service_code", "lat", "long", "address_string", "address_id",
                "description", "email", "phone", "first_name", "last_name", "media_url", "device_id");
        return Arbitraries.maps(field, text).ofMaxSize(12);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
