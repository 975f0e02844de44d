package org.contactrouter.channel.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.contactrouter.ApplicationTest;
import org.contactrouter.casework.CaseActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every GeoReport v2 endpoint in XML (the default) and JSON, checked against the specification's element names;
 * every refusal in its error shape; the filters of GET requests, and status that follows the case.
 */
class Open311ApiTest extends ApplicationTest {

    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");

    @Autowired
    CaseActions actions;

    @Test
    void theServiceListAndADefinitionInBothFormats() throws Exception {
        GeoReportXmlDocument services = xml(get("/open311/v2/services.xml"));
        assertThat(services.root()).isEqualTo("services");
        assertThat(services.childNames("/services/service[service_code='pothole']")).containsExactly("service_code",
                "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(services.text("/services/service[service_code='pothole']/metadata")).isEqualTo("true");
        assertThat(services.text("/services/service[service_code='missed-bin']/metadata")).isEqualTo("false");
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.service_code=='pothole')].metadata").value(true));

        GeoReportXmlDocument definition = xml(get("/open311/v2/services/pothole.xml"));
        assertThat(definition.root()).isEqualTo("service_definition");
        assertThat(definition.childNames("/service_definition/attributes/attribute[code='depth']")).containsExactly(
                "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values");
        assertThat(definition.childNames("/service_definition/attributes/attribute[code='depth']/values/value[1]"))
                .containsExactly("key", "name");
        assertThat(definition.text("//attribute[code='depth']/values/value[1]/key")).isEqualTo("shallow");
        mvc.perform(get("/open311/v2/services/pothole.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("pothole"))
                .andExpect(jsonPath("$.attributes[0].values[1].key").value("deep"));
    }

    @Test
    void aRequestPostedInXmlIsReadBackInBothFormatsWithItsStatusFollowingTheCase() throws Exception {
        GeoReportXmlDocument created = xml(form(post("/open311/v2/requests.xml"))
                .param("service_code", "pothole").param("address_string", "12 Mill Lane")
                .param("description", "Deep pothole").param("attribute[depth]", "deep")
                .param("media_url", "https://example.org/p.jpg"), 201);
        assertThat(created.root()).isEqualTo("service_requests");
        assertThat(created.childNames("/service_requests/request")).containsExactly("service_request_id",
                "service_notice", "account_id");
        String reference = created.text("/service_requests/request/service_request_id");
        awaitCase(reference);

        GeoReportXmlDocument read = xml(get("/open311/v2/requests/" + reference + ".xml"));
        assertThat(read.childNames("/service_requests/request")).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(read.text("//request/status")).isEqualTo("open");
        assertThat(read.text("//request/media_url")).isEqualTo("https://example.org/p.jpg");
        assertThat(read.text("//request/address")).isEqualTo("12 Mill Lane");

        actions.close(new CaseActions.Actor("lead", true), reference, "filled", false);
        mvc.perform(get("/open311/v2/requests/" + reference + ".json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("closed"))
                .andExpect(jsonPath("$[0].status_notes").value("Closed"))
                .andExpect(jsonPath("$[0].email").doesNotExist());
    }

    @Test
    void listingFiltersByIdServiceStatusAndDates() throws Exception {
        String pothole = submit("pothole", "Pothole by the school");
        String lamp = submit("streetlight", "Lamp out on Elm Road");
        actions.close(new CaseActions.Actor("lead", true), lamp, "fixed", false);

        assertThat(ids(xml(get("/open311/v2/requests.xml?service_request_id=" + pothole + "," + lamp))))
                .containsExactlyInAnyOrder(pothole, lamp);
        assertThat(ids(xml(get("/open311/v2/requests.xml?service_code=streetlight")))).contains(lamp)
                .doesNotContain(pothole);
        assertThat(ids(xml(get("/open311/v2/requests.xml?status=closed")))).contains(lamp).doesNotContain(pothole);
        assertThat(ids(xml(get("/open311/v2/requests.xml?status=open")))).contains(pothole).doesNotContain(lamp);
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(ids(xml(get("/open311/v2/requests.xml?start_date=" + tomorrow)))).isEmpty();
        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(ids(xml(get("/open311/v2/requests.xml?start_date=" + hourAgo + "&end_date=" + tomorrow))))
                .contains(pothole, lamp);
        mvc.perform(get("/open311/v2/requests.json?service_code=pothole")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_request_id=='" + pothole + "')].service_code").value("pothole"));
    }

    @Test
    void everyRefusalIsTheSpecificationsErrorListInTheAddressesFormat() throws Exception {
        GeoReportXmlDocument unknown = xml(form(post("/open311/v2/requests.xml")).param("service_code", "parking")
                .param("address_string", "x").param("description", "x"), 404);
        assertThat(unknown.root()).isEqualTo("errors");
        assertThat(unknown.childNames("/errors/error")).containsExactly("code", "description");
        assertThat(unknown.text("/errors/error/code")).isEqualTo("404");

        GeoReportXmlDocument tooLong = xml(form(post("/open311/v2/requests.xml")).param("service_code", "pothole")
                .param("address_string", "x").param("description", "x".repeat(4001))
                .param("media_url", "ftp://example.org/p.jpg"), 400);
        assertThat(tooLong.text("/errors/error[1]/description"))
                .isEqualTo("description must be at most 4000 characters (it has 4001)");
        assertThat(tooLong.text("/errors/error[2]/description")).isEqualTo("media_url must be an http or https address");

        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service_code\":\"pothole\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith(
                        "send the request as application/x-www-form-urlencoded")));
        mvc.perform(get("/open311/v2/services/parking.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].description").value("service_code 'parking' is not a service"));
        mvc.perform(get("/open311/v2/requests.json?start_date=yesterday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith(
                        "start_date must be a W3C date and time")));
        mvc.perform(get("/open311/v2/requests.json?status=pending")).andExpect(status().isBadRequest());
        assertThat(xml(get("/open311/v2/services.csv"), 404).root()).isEqualTo("errors");

        GeoReportXmlDocument tooLarge = xml(post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("description=" + "x".repeat(70_000)), 413);
        assertThat(tooLarge.text("/errors/error/code")).as("refused by a filter, in the same shape").isEqualTo("413");
    }

    @Test
    void discoveryNamesTheEndpointAndItsFormats() throws Exception {
        GeoReportXmlDocument discovery = xml(get("/open311/v2/discovery.xml"));
        assertThat(discovery.childNames("/discovery")).containsExactly("changeset", "contact", "key_service",
                "endpoints");
        assertThat(discovery.text("//endpoint/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.count("//endpoint/formats/format")).isEqualTo(2);
        mvc.perform(get("/open311/v2/discovery.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.endpoints[0].url").value("http://localhost:8080/open311/v2"));
    }

    private String submit(String code, String description) throws Exception {
        String reference = xml(form(post("/open311/v2/requests.xml")).param("service_code", code)
                .param("lat", "52.48").param("long", "-1.89").param("description", description), 201)
                .text("//service_request_id");
        awaitCase(reference);
        return reference;
    }

    private static List<String> ids(GeoReportXmlDocument list) {
        int n = list.count("/service_requests/request");
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> list.text("/service_requests/request[" + i + "]/service_request_id")).toList();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private GeoReportXmlDocument xml(MockHttpServletRequestBuilder request) throws Exception {
        return xml(request, 200);
    }

    private GeoReportXmlDocument xml(MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andExpect(status().is(expected))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML)).andReturn().getResponse();
        return GeoReportXmlDocument.parse(response.getContentAsString());
    }
}
