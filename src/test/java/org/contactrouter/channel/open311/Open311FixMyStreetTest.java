package org.contactrouter.channel.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.contactrouter.ApplicationTest;
import org.contactrouter.security.ApiKeys;
import org.contactrouter.security.ApiScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The requests FixMyStreet's Open311 client makes, replayed against a council that names its jurisdiction and
 * asks for an api_key: the service list, a service definition, a report with its extra attributes, the report read
 * back, and the list of reports over a date range. A missing key or another jurisdiction is refused in the
 * specification's error format.
 */
@TestPropertySource(properties = {"ccr.web.open311-jurisdiction-id=council.example.gov.uk",
        "ccr.web.open311-api-key-required=true"})
class Open311FixMyStreetTest extends ApplicationTest {

    private static final String JURISDICTION = "council.example.gov.uk";

    @Autowired
    ApiKeys apiKeys;
    private String key;

    @BeforeEach
    void fixMyStreetHasAKey() {
        key = apiKeys.issue("FixMyStreet", Set.of(ApiScope.CONTACTS_WRITE), "admin").key();
    }

    @Test
    void fixMyStreetReportsAPotholeAndFollowsIt() throws Exception {
        GeoReportXmlDocument services = xml(get("/open311/v2/services.xml").param("jurisdiction_id", JURISDICTION)
                .param("api_key", key), 200);
        assertThat(services.text("//service[service_code='pothole']/service_name")).isEqualTo("Pothole");
        GeoReportXmlDocument definition = xml(get("/open311/v2/services/pothole.xml")
                .param("jurisdiction_id", JURISDICTION).param("api_key", key), 200);
        assertThat(definition.text("//attribute[code='depth']/datatype")).isEqualTo("singlevaluelist");

        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        GeoReportXmlDocument created = xml(report().param("api_key", key), 201);
        String reference = created.text("/service_requests/request/service_request_id");
        assertThat(reference).startsWith("CR-");
        awaitCase(reference);
        assertThat(jdbc.sql("""
                        select m.attributes from contact m join cases c on c.id = m.case_id
                        where c.reference = :r""").param("r", reference).query(String.class).single())
                .as("FixMyStreet's own attributes are kept with the report")
                .contains("\"open311.attribute[fixmystreet_id]\":\"4242\"", "\"open311.attribute[depth]\":\"deep\"");

        GeoReportXmlDocument read = xml(get("/open311/v2/requests/" + reference + ".xml")
                .param("jurisdiction_id", JURISDICTION).param("api_key", key), 200);
        assertThat(read.text("//request/service_code")).isEqualTo("pothole");
        assertThat(read.text("//request/lat")).isEqualTo("52.4862");

        String after = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        GeoReportXmlDocument listed = xml(get("/open311/v2/requests.xml").param("jurisdiction_id", JURISDICTION)
                .param("api_key", key).param("start_date", before.toString()).param("end_date", after), 200);
        assertThat(listed.count("//request[service_request_id='" + reference + "']")).isEqualTo(1);
    }

    @Test
    void aReportWithoutAValidKeyOrForAnotherJurisdictionIsRefused() throws Exception {
        GeoReportXmlDocument noKey = xml(report(), 403);
        assertThat(noKey.text("/errors/error/description")).startsWith("api_key is missing or not valid");
        assertThat(xml(report().param("api_key", "ccr_0000_wrong"), 403).text("/errors/error/code"))
                .isEqualTo("403");
        String readOnly = apiKeys.issue("Reader", Set.of(ApiScope.CASES_READ), "admin").key();
        xml(report().param("api_key", readOnly), 403);

        GeoReportXmlDocument elsewhere = xml(get("/open311/v2/services.xml")
                .param("jurisdiction_id", "elsewhere.gov.uk"), 404);
        assertThat(elsewhere.text("/errors/error/description"))
                .isEqualTo("jurisdiction_id 'elsewhere.gov.uk' was not found: this endpoint serves " + JURISDICTION);
    }

    /** A report as FixMyStreet sends it, with the attributes it adds to every report; no api_key yet. */
    private MockHttpServletRequestBuilder report() {
        return post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("jurisdiction_id", JURISDICTION).param("service_code", "pothole")
                .param("lat", "52.4862").param("long", "-1.8904")
                .param("description", "Pothole: Deep pothole outside number 12, about a foot across")
                .param("first_name", "Alex").param("last_name", "Reporter").param("email", "alex@example.net")
                .param("media_url", "https://www.fixmystreet.com/photo/4242.0.jpeg")
                .param("attribute[depth]", "deep").param("attribute[fixmystreet_id]", "4242")
                .param("attribute[easting]", "407000").param("attribute[northing]", "286000")
                .param("attribute[title]", "Pothole").param("attribute[report_url]",
                        "https://www.fixmystreet.com/report/4242");
    }

    private GeoReportXmlDocument xml(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return GeoReportXmlDocument.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn()
                .getResponse().getContentAsString());
    }
}
