package org.contactrouter.intake;

import java.util.ArrayList;
import java.util.List;

import org.contactrouter.broker.QueuedMessage;
import org.contactrouter.contact.Contact;
import org.contactrouter.persistence.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a batch of messages from one inbound queue (routes/intake.yaml). The whole batch is stored in one database
 * transaction, so a storm costs one commit per batch rather than per contact. If that transaction fails for a reason
 * other than the database being unreachable, it is rolled back and the contacts are taken one at a time, each in its
 * own transaction and tried up to {@code ccr.intake.max-redeliveries} more times, so one bad contact cannot hold up
 * the others: it is rejected with its cause, and the others are stored.
 * <p>
 * The caller commits the batch on the broker only after this returns; a crash in between means the batch is
 * delivered again, and every contact in it is then found already stored.
 */
@Service
public class BatchIntake {

    private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);

    private final IntakeService intake;
    private final ContactCodec codec;
    private final TransactionTemplate transactions;
    private final int retries;

    public BatchIntake(IntakeService intake, ContactCodec codec, TransactionTemplate transactions,
                       @Value("${ccr.intake.max-redeliveries:3}") int retries) {
        this.intake = intake;
        this.codec = codec;
        this.transactions = transactions;
        this.retries = retries;
    }

    private record Decoded(QueuedMessage message, Contact contact) {
    }

    /**
     * @throws RuntimeException when the database cannot be reached: the batch must be rolled back onto its queue
     */
    public IntakeBatchResult accept(List<QueuedMessage> messages) {
        List<Decoded> decoded = new ArrayList<>(messages.size());
        List<RejectedContact> rejected = new ArrayList<>();
        for (QueuedMessage message : messages) {
            try {
                decoded.add(new Decoded(message, codec.decode(message.text())));
            } catch (InvalidContactException e) {
                rejected.add(RejectedContact.of(message, e));
            }
        }
        List<String> events;
        try {
            events = transactions.execute(status -> decoded.stream()
                    .map(d -> codec.encode(intake.accept(d.contact()))).toList());
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            log.info("A batch of {} contacts failed together ({}); taking them one at a time", decoded.size(),
                    e.toString());
            events = oneAtATime(decoded, rejected);
        }
        return new IntakeBatchResult(events, rejected);
    }

    private List<String> oneAtATime(List<Decoded> decoded, List<RejectedContact> rejected) {
        List<String> events = new ArrayList<>(decoded.size());
        for (Decoded each : decoded) {
            for (int attempt = 0; ; attempt++) {
                try {
                    events.add(codec.encode(intake.accept(each.contact())));
                    break;
                } catch (InvalidContactException e) {
                    rejected.add(RejectedContact.of(each.message(), e));
                    break;
                } catch (RuntimeException e) {
                    // A first contact of a new citizen lost the race to another consumer's: its retry finds the
                    // citizen. Anything else that still fails after the retries is rejected with its cause.
                    if (DatabaseFailures.isUnavailable(e)) {
                        throw e;
                    }
                    if (attempt >= retries) {
                        log.warn("Contact {} failed {} times: {}", each.message().messageId(), attempt + 1,
                                e.toString());
                        rejected.add(RejectedContact.of(each.message(), e));
                        break;
                    }
                }
            }
        }
        return events;
    }
}
