package org.contactrouter.channel.phone;

import org.contactrouter.contact.Contact;

import java.util.List;

/** What became of a {@link PhoneCallRequest}: a contact to enqueue, a call the policy skips, or field errors. */
public sealed interface PhoneCallMapping
        permits PhoneCallMapping.Accepted, PhoneCallMapping.Skipped, PhoneCallMapping.Rejected {

    /** The call becomes this contact (suggested response: 202 Accepted). */
    record Accepted(Contact contact) implements PhoneCallMapping {
    }

    /** The call is valid but the policy does not make it a contact (suggested response: 200 with the reason). */
    record Skipped(String reason) implements PhoneCallMapping {
    }

    /** The request is invalid (suggested response: 400 with the errors). */
    record Rejected(List<FieldError> errors) implements PhoneCallMapping {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
