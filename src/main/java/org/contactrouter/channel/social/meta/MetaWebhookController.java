package org.contactrouter.channel.social.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.channel.social.ContactSink;
import org.contactrouter.channel.social.SocialChannelProperties;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.ContactGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook Meta calls with Messenger and Instagram messages to the Page. {@code GET} answers the subscription
 * handshake; {@code POST} takes signed event batches and puts each message on the durable social queue (the sink)
 * before answering 200, so an accepted message is never lost. Meta redelivers a webhook that is not answered 200, and
 * intake stores a message id once, so a redelivery adds nothing. Exists only while the channel is enabled.
 */
@RestController
@ConditionalOnBooleanProperty("ccr.channels.social.meta.enabled")
@RequestMapping(MetaWebhookController.PATH)
public class MetaWebhookController {

    public static final String PATH = "/webhooks/meta";
    private static final Logger log = LoggerFactory.getLogger(MetaWebhookController.class);

    private final byte[] verifyToken;
    private final WebhookSignature signature;
    private final ContactSink sink;
    private final ObjectMapper json = JsonMapper.builder().build();

    /** @param gateway where messages go, like every polled social contact: the durable social queue */
    public MetaWebhookController(SocialChannelProperties properties, ContactGateway gateway) {
        MetaSettings settings = properties.meta().settings();
        this.verifyToken = settings.verifyToken().getBytes(StandardCharsets.UTF_8);
        this.signature = new WebhookSignature(settings.appSecret());
        this.sink = gateway::submit;
    }

    /** Meta's subscription check: echo the challenge when the verify token is ours, otherwise 403. */
    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                         @RequestParam(name = "hub.verify_token", required = false) String token,
                                         @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean ours = token != null
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !ours || challenge == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body("hub.mode must be subscribe and hub.verify_token the configured verify token");
        }
        return ResponseEntity.ok(challenge);
    }

    /**
     * One webhook delivery: 401 with the reason when the signature is missing or wrong, 400 when the body is not
     * JSON, 503 when the queue cannot take a message (Meta delivers the webhook again), otherwise 200.
     */
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> receive(
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signed,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Optional<String> forged = signature.problemWith(signed, raw);
        if (forged.isPresent()) {
            log.warn("Meta webhook refused: {}", forged.get());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", forged.get()));
        }
        List<Contact> contacts;
        try {
            contacts = MetaMessages.in(json.readTree(raw));
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "the body is not JSON"));
        }
        try {
            for (Contact contact : contacts) {
                sink.accept(contact);
            }
        } catch (Exception e) {
            log.warn("Meta webhook not queued, Meta will deliver it again: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "messages could not be queued; deliver again later"));
        }
        return ResponseEntity.ok(Map.of("received", contacts.size()));
    }
}
