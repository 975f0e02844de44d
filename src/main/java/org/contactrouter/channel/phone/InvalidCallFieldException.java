package org.contactrouter.channel.phone;

/** A field of a call (CSV column or JSON property) that cannot be used; the message says why. */
final class InvalidCallFieldException extends RuntimeException {

    private final String field;

    InvalidCallFieldException(String field, String message) {
        super(message, null, false, false); // an expected outcome of bad input: no stack trace needed
        this.field = field;
    }

    String field() {
        return field;
    }
}
