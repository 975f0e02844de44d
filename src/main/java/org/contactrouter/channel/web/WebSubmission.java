package org.contactrouter.channel.web;

import java.util.Map;

/**
 * A contact as the web channel's three doors (contact page, JSON API, Open311) receive it, already validated.
 *
 * @param source      "web-form", "api" or "open311"
 * @param submissionId the id that makes a retried submission the same contact (form token, the caller's own id)
 * @param name        the citizen's name, may be null
 * @param email       email address to answer on, may be null
 * @param phone       phone number, may be null
 * @param subject     what it is about
 * @param message     the citizen's words
 * @param serviceArea service area chosen or mapped (Open311 service code), may be null
 * @param language    "en" or "cy"
 * @param attributes  extras kept with the contact (location, Open311 service code, media URL)
 */
public record WebSubmission(String source, String submissionId, String name, String email, String phone,
                            String subject, String message, String serviceArea, String language,
                            Map<String, String> attributes) {
}
