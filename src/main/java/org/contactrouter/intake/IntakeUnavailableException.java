package org.contactrouter.intake;

/** The inbound queue could not take a contact (broker down or refusing): the sender must try again later. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(Throwable cause) {
        super("the contact could not be queued: " + cause.getMessage(), cause);
    }
}
