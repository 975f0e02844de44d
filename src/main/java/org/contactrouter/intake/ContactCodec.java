package org.contactrouter.intake;

import org.contactrouter.contact.Contact;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a contact on the inbound queues, and of intake outcomes on the case-events topic. */
@Component
public class ContactCodec {

    private final JsonMapper json;

    public ContactCodec(JsonMapper json) {
        this.json = json;
    }

    public String encode(Contact contact) {
        return json.writeValueAsString(contact);
    }

    public Contact decode(String text) {
        try {
            Contact contact = json.readValue(text, Contact.class);
            if (contact == null) {
                throw new InvalidContactException("empty message", null);
            }
            return contact;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidContactException("not a valid contact: " + e.getMessage(), e);
        }
    }

    public String encode(IntakeOutcome outcome) {
        return json.writeValueAsString(outcome);
    }
}
