package org.contactrouter.casework;

import java.time.Instant;
import java.util.List;

import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.routing.CaseOffers;
import org.contactrouter.routing.QueuedCase;
import org.contactrouter.routing.RoutingSettings;
import org.contactrouter.routing.SharedQueue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shared queue and case actions for officers and systems, under {@code /api/v1}. */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
public class CaseworkApiController {

    private final SharedQueue queue;
    private final CaseActions actions;
    private final RoutingSettings settings;
    private final CaseOffers offers;
    private final DeadlineExtensions extensions;

    public CaseworkApiController(SharedQueue queue, CaseActions actions, RoutingSettings settings, CaseOffers offers,
                                 DeadlineExtensions extensions) {
        this.extensions = extensions;
        this.queue = queue;
        this.actions = actions;
        this.settings = settings;
        this.offers = offers;
    }

    public record TransferRequest(String toOfficer, String toServiceArea) {
    }

    public record TextRequest(String text) {
    }

    /** {@code closeUnanswered}: the officer knows the citizen has not been answered (every reply failed). */
    public record CloseRequest(String text, Boolean closeUnanswered) {
    }

    public record ClassificationRequest(String serviceArea) {
    }

    public record RoutingSettingsBody(boolean allowPick) {
    }

    /** {@code caseType}: a key from sla-standards.yml's case-types, or null/blank for none. */
    public record CaseTypeRequest(String caseType) {
    }

    /** {@code by}: e.g. "20 working days" or "2 calendar months"; {@code reason}: as the citizen is told. */
    public record ExtensionRequest(String by, String reason) {
    }

    /** {@code citizenTold}: false when the notice could not be sent on the case's channel, with the reason. */
    public record ExtensionResponse(Instant dueAt, boolean citizenTold, String citizenNotToldReason) {
    }

    public record EscalationRequest(String reason) {
    }

    @PostMapping("/queue/next")
    ResponseEntity<?> takeNext(Authentication officer) {
        return queue.takeNext(officer.getName())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/queue")
    List<QueuedCase> myQueue(Authentication officer) {
        return queue.queueFor(officer.getName(), 50);
    }

    @GetMapping("/queue/mine")
    List<QueuedCase> mine(Authentication officer) {
        return queue.heldBy(officer.getName());
    }

    @PostMapping("/cases/{reference}/claim")
    QueuedCase claim(@PathVariable String reference, Authentication officer) {
        if (!settings.allowPick() && !CaseworkAuthorities.supervisor(officer)) {
            throw new CaseActionRefused("picking cases is switched off: take the next case instead");
        }
        return queue.claim(officer.getName(), reference);
    }

    @PostMapping("/cases/{reference}/release")
    ResponseEntity<?> release(@PathVariable String reference, Authentication officer) {
        actions.release(CaseworkAuthorities.actor(officer), reference);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/transfer")
    ResponseEntity<?> transfer(@PathVariable String reference, @RequestBody TransferRequest request,
                               Authentication officer) {
        if ((request.toOfficer() == null) == (request.toServiceArea() == null)) {
            throw new CaseActionRefused("give either toOfficer or toServiceArea");
        }
        if (request.toOfficer() != null) {
            actions.transferToOfficer(CaseworkAuthorities.actor(officer), reference, request.toOfficer());
        } else {
            actions.transferToServiceArea(CaseworkAuthorities.actor(officer), reference, request.toServiceArea());
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/awaiting-citizen")
    ResponseEntity<?> awaitingCitizen(@PathVariable String reference, Authentication officer) {
        actions.awaitCitizen(CaseworkAuthorities.actor(officer), reference);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/classification")
    ResponseEntity<?> reclassify(@PathVariable String reference, @RequestBody ClassificationRequest request,
                                 Authentication officer) {
        actions.reclassify(CaseworkAuthorities.actor(officer), reference, request.serviceArea());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/cases/{reference}/case-type")
    ResponseEntity<?> changeCaseType(@PathVariable String reference, @RequestBody CaseTypeRequest request,
                                     Authentication officer) {
        actions.changeCaseType(CaseworkAuthorities.actor(officer), reference, request.caseType());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/extension")
    ExtensionResponse extend(@PathVariable String reference, @RequestBody ExtensionRequest request,
                             Authentication officer) {
        DeadlineExtensions.Outcome outcome = extensions.extend(CaseworkAuthorities.actor(officer), reference,
                request.by(), request.reason());
        return new ExtensionResponse(outcome.dueAt(), outcome.citizenNotTold().isEmpty(),
                outcome.citizenNotTold().orElse(null));
    }

    @PostMapping("/cases/{reference}/escalation")
    ResponseEntity<?> escalate(@PathVariable String reference, @RequestBody EscalationRequest request,
                               Authentication officer) {
        actions.escalate(CaseworkAuthorities.actor(officer), reference, request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{reference}/notes")
    ResponseEntity<?> note(@PathVariable String reference, @RequestBody TextRequest request, Authentication officer) {
        requireText(request.text());
        actions.note(CaseworkAuthorities.actor(officer), reference, request.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/cases/{reference}/close")
    ResponseEntity<?> close(@PathVariable String reference, @RequestBody CloseRequest request, Authentication officer) {
        requireText(request.text());
        actions.close(CaseworkAuthorities.actor(officer), reference, request.text(),
                Boolean.TRUE.equals(request.closeUnanswered()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/offers")
    List<CaseOffers.Offer> offers(Authentication officer) {
        return offers.openOffersFor(officer.getName());
    }

    @PostMapping("/offers/{id}/accept")
    QueuedCase accept(@PathVariable long id, Authentication officer) {
        return offers.accept(officer.getName(), id);
    }

    @PostMapping("/offers/{id}/decline")
    ResponseEntity<?> decline(@PathVariable long id, Authentication officer) {
        offers.decline(officer.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/routing/settings")
    RoutingSettingsBody routingSettings() {
        return new RoutingSettingsBody(settings.allowPick());
    }

    @PutMapping("/routing/settings")
    RoutingSettingsBody updateRoutingSettings(@RequestBody RoutingSettingsBody body, Authentication supervisor) {
        settings.setAllowPick(body.allowPick(), supervisor.getName());
        return new RoutingSettingsBody(settings.allowPick());
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new CaseActionRefused("give a text of 1 to 4000 characters");
        }
    }
}
