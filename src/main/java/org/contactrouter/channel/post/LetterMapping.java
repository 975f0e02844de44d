package org.contactrouter.channel.post;

import java.util.List;

import org.contactrouter.channel.phone.FieldError;
import org.contactrouter.contact.Contact;

/** What became of a {@link LetterRequest}: a contact to enqueue, or the problems with its fields. */
public sealed interface LetterMapping permits LetterMapping.Accepted, LetterMapping.Rejected {

    /** The letter becomes this contact (response: 202 Accepted). */
    record Accepted(Contact contact) implements LetterMapping {
    }

    /** The request is invalid (response: 400 with the errors, one per field). */
    record Rejected(List<FieldError> errors) implements LetterMapping {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
