package org.contactrouter.sla;

/** An officer asked for something a statutory case type's rule does not allow; the message says why, for them. */
public class StatutoryRuleRefused extends RuntimeException {

    public StatutoryRuleRefused(String message) {
        super(message);
    }
}
