package org.contactrouter.channel.social;

import org.contactrouter.contact.Contact;

/**
 * Where polled contacts go, typically the durable queue {@code contacts.in.social}. Returning normally means the
 * contact is safely stored; throwing stops the poll before its checkpoint is saved.
 */
@FunctionalInterface
public interface ContactSink {

    void accept(Contact contact) throws Exception;
}
