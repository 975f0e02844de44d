package org.contactrouter.channel.open311;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.channel.web.WebChannelProperties;

/**
 * What GeoReport v2 shows, field by field in the specification's order and names: services, service definitions,
 * service requests and discovery. A request shows no personal data: no name, email or phone.
 */
final class GeoReport {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private GeoReport() {
    }

    static Map<String, Object> service(WebChannelProperties.Open311Service service) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_code", service.code());
        fields.put("service_name", service.name());
        fields.put("description", service.description());
        fields.put("metadata", !service.attributes().isEmpty());
        fields.put("type", "realtime");
        fields.put("keywords", null);
        fields.put("group", service.group());
        return fields;
    }

    static Map<String, Object> definition(WebChannelProperties.Open311Service service) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_code", service.code());
        List<Map<String, Object>> attributes = new java.util.ArrayList<>();
        int order = 1;
        for (WebChannelProperties.Open311Attribute attribute : service.attributes()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("variable", true);
            a.put("code", attribute.code());
            a.put("datatype", attribute.datatype());
            a.put("required", attribute.required());
            a.put("datatype_description", attribute.datatypeDescription());
            a.put("order", order++);
            a.put("description", attribute.description());
            a.put("values", attribute.values().stream().map(v -> {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("key", v.key());
                value.put("name", v.name());
                return value;
            }).toList());
            attributes.add(a);
        }
        fields.put("attributes", attributes);
        return fields;
    }

    static Map<String, Object> created(String reference) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_request_id", reference);
        fields.put("service_notice", "Thank you. Your reference is " + reference + ".");
        fields.put("account_id", null);
        return fields;
    }

    /** A request as the public sees it; {@code status_notes} says where the case is, in plain words. */
    static Map<String, Object> request(CaseQueries.Open311View view) {
        Map<String, String> attributes = view.attributes();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_request_id", view.reference());
        fields.put("status", CaseStatus.CLOSED.name().equals(view.status()) ? "closed" : "open");
        fields.put("status_notes", statusNotes(view.status()));
        fields.put("service_name", view.serviceName());
        fields.put("service_code", attributes.get("open311ServiceCode"));
        fields.put("description", view.description());
        fields.put("agency_responsible", null);
        fields.put("service_notice", null);
        fields.put("requested_datetime", view.requestedAt().toString());
        fields.put("updated_datetime", view.updatedAt().toString());
        fields.put("expected_datetime", view.expectedAt() == null ? null : view.expectedAt().toString());
        fields.put("address", attributes.get("address_string"));
        fields.put("address_id", attributes.get("address_id"));
        fields.put("zipcode", null);
        fields.put("lat", attributes.get("lat") == null ? null : Double.valueOf(attributes.get("lat")));
        fields.put("long", attributes.get("long") == null ? null : Double.valueOf(attributes.get("long")));
        fields.put("media_url", attributes.get("media_url"));
        return fields;
    }

    /** One entry of the specification's error list. */
    static Map<String, Object> error(int code, String description) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("description", description);
        return fields;
    }

    static Map<String, Object> discovery(String publicUrl, Instant changeset) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", publicUrl + "/open311/v2");
        endpoint.put("changeset", changeset.toString());
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("changeset", changeset.toString());
        fields.put("contact", "Contact the council at " + publicUrl + "/contact");
        fields.put("key_service", "Ask the council for an API key with the contacts:write scope");
        fields.put("endpoints", List.of(endpoint));
        return fields;
    }

    private static String statusNotes(String status) {
        return switch (CaseStatus.valueOf(status)) {
            case NEW, QUEUED -> "Received: waiting for an officer";
            case ASSIGNED -> "An officer is dealing with it";
            case AWAITING_CITIZEN -> "We have asked the reporter for more information";
            case RESPONDED -> "We have replied to the reporter";
            case CLOSED -> "Closed";
        };
    }
}
