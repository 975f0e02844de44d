package org.contactrouter.channel.web;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

/**
 * The web channel's settings ({@code ccr.web} in config/application.yml).
 *
 * @param maxBodyBytes    largest request body accepted by the contact page, the JSON API and Open311 (413 above it)
 * @param publicUrl       the public address of the service
 * @param topics          what the contact page offers under "What is your message about?": service area -> label,
 *                        in the order shown
 * @param open311Services the services offered through Open311
 */
@Validated
@ConfigurationProperties("ccr.web")
public record WebChannelProperties(@Positive long maxBodyBytes, @NotBlank String publicUrl,
                                   @NotEmpty LinkedHashMap<String, String> topics,
                                   @NotEmpty List<@Valid Open311Service> open311Services) {

    /**
     * One Open311 service: its code and what citizens see. Its service area comes from the open311-service-codes
     * mapping in config/classification.yml.
     */
    public record Open311Service(@NotBlank String code, @NotBlank String name, String description, String group) {
    }
}
