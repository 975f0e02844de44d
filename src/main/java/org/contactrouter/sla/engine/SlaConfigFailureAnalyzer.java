package org.contactrouter.sla.engine;

import org.contactrouter.sla.SlaConfigException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a wrong standards or bank-holidays file into a short start-up message naming the file, key and problem,
 * instead of a bean-creation stack trace that a council administrator would have to dig through.
 */
class SlaConfigFailureAnalyzer extends AbstractFailureAnalyzer<SlaConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SlaConfigException cause) {
        return new FailureAnalysis("The response-time standards could not be loaded: " + cause.getMessage(),
                "Correct the file or the ccr.sla setting named above (see config/sla-standards.md) and start again.",
                cause);
    }
}
