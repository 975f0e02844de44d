package org.contactrouter.intake;

/** A message on an inbound queue that is not a valid contact. Retrying cannot help: it goes to the dead-letter queue. */
public class InvalidContactException extends RuntimeException {

    public InvalidContactException(String message, Throwable cause) {
        super(message, cause);
    }
}
