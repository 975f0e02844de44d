package org.contactrouter.routing;

/** An action on a case that the rules do not allow, with the reason to show the officer. */
public class CaseActionRefused extends RuntimeException {

    public CaseActionRefused(String message) {
        super(message);
    }
}
