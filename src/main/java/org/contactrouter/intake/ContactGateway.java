package org.contactrouter.intake;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.contactrouter.contact.Contact;
import org.springframework.stereotype.Component;

/**
 * How a channel hands a contact to intake: it is put on the channel's durable inbound queue (routes/inbound.yaml)
 * and this call returns only once the broker has it. If the broker cannot take it, the caller gets
 * {@link IntakeUnavailableException} and must tell the citizen to try again; nothing is silently dropped.
 */
@Component
public class ContactGateway {

    static final String ENDPOINT = "direct:enqueue-contact";
    static final String CHANNEL_HEADER = "ccrChannel";

    private final ProducerTemplate producer;
    private final ContactCodec codec;

    public ContactGateway(ProducerTemplate producer, ContactCodec codec) {
        this.producer = producer;
        this.codec = codec;
    }

    public void submit(Contact contact) {
        try {
            producer.sendBodyAndHeader(ENDPOINT, codec.encode(contact), CHANNEL_HEADER, contact.channel().key());
        } catch (CamelExecutionException e) {
            throw new IntakeUnavailableException(e.getCause() == null ? e : e.getCause());
        }
    }
}
