package org.contactrouter.channel.phone;

/**
 * A problem with one field of an API request.
 *
 * @param field   the JSON property name, e.g. "startedAt"
 * @param message what is wrong, in words an integrator can act on
 */
public record FieldError(String field, String message) {
}
