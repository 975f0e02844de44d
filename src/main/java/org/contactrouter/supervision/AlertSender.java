package org.contactrouter.supervision;

/** Somewhere supervisors are told: by email, or an incoming webhook. */
interface AlertSender {

    /** Column prefix of this target's status in alert_batch: {@code email} or {@code webhook}. */
    String target();

    boolean enabled();

    /** Throws when the message was not accepted; it is then tried again later. */
    void send(AlertMessage message) throws Exception;
}
