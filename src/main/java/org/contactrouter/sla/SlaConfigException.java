package org.contactrouter.sla;

/** A configuration file for standards or bank holidays is wrong; the message names the file, the key and the fault. */
public class SlaConfigException extends RuntimeException {

    public SlaConfigException(String message) {
        super(message);
    }

    public SlaConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Builds the standard message shape: {@code file: key: problem}. */
    static SlaConfigException at(String file, String key, String problem) {
        return new SlaConfigException(file + ": " + key + ": " + problem);
    }
}
