package org.contactrouter.casework;

import org.contactrouter.routing.CaseActionRefused;

/**
 * Refused because the member of staff neither holds the case nor supervises: answered 403 on the API and the
 * pages, where other refusals (a closed case, a missing text) are about the case, not about who asks.
 */
public class NotCaseHolder extends CaseActionRefused {

    public NotCaseHolder(String message) {
        super(message);
    }
}
