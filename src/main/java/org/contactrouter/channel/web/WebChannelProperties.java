package org.contactrouter.channel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * The web channel's settings ({@code ccr.web} in config/application.yml).
 *
 * @param maxBodyBytes    largest request body accepted by the contact page, the JSON API and Open311 (413 above it)
 * @param publicUrl       the public address of the service
 * @param topics          what the contact page offers under "What is your message about?": service area -> label,
 *                        in the order shown
 * @param topicsCy        the same topics' labels in Welsh, for the contact page in Welsh: one for every topic
 * @param open311Services the services offered through Open311
 * @param open311JurisdictionId the council's Open311 jurisdiction_id: a request naming another is refused (404);
 *                        empty accepts requests that name none or any
 * @param open311ApiKeyRequired whether a new Open311 request needs an api_key (an API key with contacts:write), as
 *                        GeoReport v2 says; off, any civic app may post
 */
@Validated
@ConfigurationProperties("ccr.web")
public record WebChannelProperties(@Positive long maxBodyBytes, @NotBlank String publicUrl,
                                   @NotEmpty LinkedHashMap<String, String> topics,
                                   @NotNull Map<String, String> topicsCy,
                                   @NotEmpty List<@Valid Open311Service> open311Services,
                                   @DefaultValue("") String open311JurisdictionId,
                                   @DefaultValue("false") boolean open311ApiKeyRequired) {

    /** Every topic has its Welsh label, or the Welsh page would offer an English one. */
    @AssertTrue(message = "topics-cy must give a Welsh label for every topic in topics")
    public boolean isEveryTopicInWelsh() {
        return topicsCy == null || topics == null || topics.keySet().stream()
                .allMatch(area -> topicsCy.get(area) != null && !topicsCy.get(area).isBlank());
    }

    /**
     * One Open311 service: its code and what citizens see, and the questions it asks ({@code metadata=true} in
     * the service list, answered in {@code attribute[code]}). Its service area comes from the
     * open311-service-codes mapping in config/classification.yml.
     */
    public record Open311Service(@NotBlank String code, @NotBlank String name, String description, String group,
                                 List<@Valid Open311Attribute> attributes) {

        public Open311Service {
            attributes = attributes == null ? List.of() : List.copyOf(attributes);
        }
    }

    /**
     * One question of a service definition, as GeoReport v2 defines it.
     *
     * @param datatype string, number, datetime, text, singlevaluelist or multivaluelist
     * @param values   the answers a list offers (key sent, name shown); required for the list types
     */
    public record Open311Attribute(@NotBlank String code, @NotBlank String description,
                                   @NotBlank @Pattern(regexp = "string|number|datetime|text|singlevaluelist|multivaluelist",
                                           message = "must be string, number, datetime, text, singlevaluelist or multivaluelist")
                                   String datatype,
                                   boolean required, String datatypeDescription, List<@Valid Open311Value> values) {

        public Open311Attribute {
            values = values == null ? List.of() : List.copyOf(values);
        }

        /** A list question needs its answers. */
        @AssertTrue(message = "a singlevaluelist or multivaluelist attribute needs values")
        public boolean isListWithValues() {
            return datatype == null || !datatype.endsWith("valuelist") || !values.isEmpty();
        }

        public boolean isList() {
            return datatype.endsWith("valuelist");
        }
    }

    public record Open311Value(@NotBlank String key, @NotBlank String name) {
    }
}
