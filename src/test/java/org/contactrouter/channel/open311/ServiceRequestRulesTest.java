package org.contactrouter.channel.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contactrouter.channel.web.WebChannelProperties.Open311Attribute;
import org.contactrouter.channel.web.WebChannelProperties.Open311Service;
import org.contactrouter.channel.web.WebChannelProperties.Open311Value;
import org.junit.jupiter.api.Test;

/** GeoReport v2's rules for a new request, each refusal named. */
class ServiceRequestRulesTest {

    private static final Open311Service POTHOLE = new Open311Service("pothole", "Pothole", null, "Highways",
            List.of(new Open311Attribute("depth", "How deep?", "singlevaluelist", true, null,
                    List.of(new Open311Value("shallow", "Shallow"), new Open311Value("deep", "Deep"))),
                    new Open311Attribute("notes", "Anything else?", "text", false, null, null)));

    @Test
    void aCompleteRequestPassesAndKeepsItsLocationMediaAndAnswers() {
        Map<String, String> form = good();
        assertThat(ServiceRequestRules.problems(form, POTHOLE)).isEmpty();
        assertThat(ServiceRequestRules.keptAttributes(form, "pothole")).containsEntry("open311ServiceCode", "pothole")
                .containsEntry("lat", "52.48").containsEntry("media_url", "https://example.org/p.jpg")
                .containsEntry("open311.attribute[depth]", "deep").doesNotContainKey("email");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        Map<String, String> form = new HashMap<>();
        form.put("description", "x".repeat(4001));
        form.put("lat", "NaN");
        form.put("media_url", "javascript:alert(1)");
        form.put("attribute[depth]", "bottomless");
        assertThat(ServiceRequestRules.problems(form, POTHOLE)).contains(
                "description must be at most 4000 characters (it has 4001)",
                "a location is required: lat and long, address_string or address_id",
                "lat is out of range",
                "media_url must be an http or https address",
                "attribute[depth] must be one of shallow, deep");
    }

    @Test
    void aRequiredAttributeMustBeAnsweredAndAnOptionalOneNeedNot() {
        Map<String, String> form = good();
        form.remove("attribute[depth]");
        assertThat(ServiceRequestRules.problems(form, POTHOLE))
                .containsExactly("attribute[depth] is required: How deep?");
    }

    @Test
    void aClientsOwnAttributesAreKeptWithinBounds() {
        Map<String, String> form = good();
        for (int i = 0; i < 100; i++) {
            form.put("attribute[extra" + i + "]", "v".repeat(1000));
        }
        Map<String, String> kept = ServiceRequestRules.keptAttributes(form, "pothole");
        assertThat(kept.keySet().stream().filter(k -> k.startsWith("open311.attribute["))).hasSize(30);
        assertThat(kept.values()).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(300));
    }

    @Test
    void exactlyFourThousandCharactersAndAnHttpAddressAreAccepted() {
        Map<String, String> form = good();
        form.put("description", "y".repeat(4000));
        form.put("media_url", "http://example.org/photo.png");
        assertThat(ServiceRequestRules.problems(form, POTHOLE)).isEmpty();
    }

    private static Map<String, String> good() {
        Map<String, String> form = new HashMap<>();
        form.put("service_code", "pothole");
        form.put("lat", "52.48");
        form.put("long", "-1.89");
        form.put("description", "A deep pothole outside number 12");
        form.put("email", "fms@example.net");
        form.put("media_url", "https://example.org/p.jpg");
        form.put("attribute[depth]", "deep");
        return form;
    }
}
