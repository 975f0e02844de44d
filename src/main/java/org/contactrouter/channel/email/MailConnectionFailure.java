package org.contactrouter.channel.email;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;

import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;

/**
 * Tells a dropped IMAP connection from a broken message. Jakarta Mail fetches parts lazily, so either can surface
 * while a message is read; only the second would fail the same way again and deserves the dead-letter queue.
 */
final class MailConnectionFailure {

    /** Angus Mail's own connection failures, named rather than imported: they live in its implementation packages. */
    private static final Set<String> CONNECTION_FAILURES = Set.of("FolderClosedIOException", "ConnectionException",
            "StoreClosedIOException");

    private MailConnectionFailure() {
    }

    /** Walks the causes; a MessagingException's cause is its next exception, so the whole chain is seen. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof SocketException || t instanceof SocketTimeoutException
                    || CONNECTION_FAILURES.contains(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
