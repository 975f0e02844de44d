package org.contactrouter.casework;

import java.time.ZoneId;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.channel.phone.CallbackOutcome;
import org.contactrouter.channel.social.SocialReplyCheck;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.routing.CaseActionRefused;
import org.contactrouter.routing.CaseOffers;
import org.contactrouter.routing.RoutingSettings;
import org.contactrouter.routing.SharedQueue;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer workspace: my cases, the shared queue filtered to my skills, and a case page with the citizen's
 * history and every action. Server-rendered; each action is a plain form post (with CSRF) that redirects back
 * with a message, so it all works without JavaScript.
 */
@Controller
@RequestMapping("/workspace")
public class WorkspaceController {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final SharedQueue queue;
    private final CaseActions actions;
    private final CaseQueries queries;
    private final ReplyService replies;
    private final RoutingSettings settings;
    private final OfficerDirectory officers;
    private final LiveUpdates liveUpdates;
    private final CaseOffers offers;
    private final SocialReplyCheck socialReplies;

    public WorkspaceController(SharedQueue queue, CaseActions actions, CaseQueries queries, ReplyService replies,
                               RoutingSettings settings, OfficerDirectory officers, LiveUpdates liveUpdates,
                               CaseOffers offers, SocialReplyCheck socialReplies) {
        this.queue = queue;
        this.actions = actions;
        this.queries = queries;
        this.replies = replies;
        this.settings = settings;
        this.officers = officers;
        this.liveUpdates = liveUpdates;
        this.offers = offers;
        this.socialReplies = socialReplies;
    }

    @GetMapping
    String home(Authentication officer, Model model) {
        model.addAttribute("offers", offers.openOffersFor(officer.getName()));
        model.addAttribute("mine", queue.heldBy(officer.getName()));
        model.addAttribute("queue", queue.queueFor(officer.getName(), 50));
        model.addAttribute("allowPick", settings.allowPick() || CaseworkAuthorities.supervisor(officer));
        model.addAttribute("zone", UK);
        return "workspace/home";
    }

    /** The queue table alone, for live refresh. */
    @GetMapping("/queue")
    String queueFragment(Authentication officer, Model model) {
        model.addAttribute("queue", queue.queueFor(officer.getName(), 50));
        model.addAttribute("allowPick", settings.allowPick() || CaseworkAuthorities.supervisor(officer));
        model.addAttribute("zone", UK);
        return "workspace/home :: queueTable";
    }

    @GetMapping(value = "/stream", produces = "text/event-stream")
    SseEmitter stream() {
        return liveUpdates.listen();
    }

    @PostMapping("/offers/{id}/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, Authentication officer,
                  RedirectAttributes redirect) {
        try {
            if ("accept".equals(decision)) {
                return "redirect:/workspace/cases/" + offers.accept(officer.getName(), id).reference();
            }
            offers.decline(officer.getName(), id);
            redirect.addFlashAttribute("message", "Offer declined; it goes to the next officer.");
        } catch (CaseActionRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace";
    }

    @PostMapping("/next")
    String takeNext(Authentication officer, RedirectAttributes redirect) {
        return queue.takeNext(officer.getName())
                .map(c -> "redirect:/workspace/cases/" + c.reference())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("message", "There are no cases you can take right now.");
                    return "redirect:/workspace";
                });
    }

    @GetMapping("/cases/{reference}")
    String casePage(@PathVariable String reference, Model model) {
        CaseReference parsed = CaseReference.parse(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseQueries.CaseDetails details = queries.details(parsed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("c", details);
        model.addAttribute("history", queries.otherCasesOfSameCitizen(parsed));
        model.addAttribute("replyLimit", ReplyLimits.forCase(details, socialReplies));
        model.addAttribute("callbackOutcomes", CallbackOutcome.values());
        model.addAttribute("officers", officers.all());
        model.addAttribute("zone", UK);
        return "workspace/case";
    }

    @PostMapping("/cases/{reference}/{action}")
    String act(@PathVariable String reference, @PathVariable String action,
               @RequestParam(required = false) String text, @RequestParam(required = false) String outcome,
               @RequestParam(required = false) String toOfficer, @RequestParam(required = false) String serviceArea,
               Authentication officer, RedirectAttributes redirect) {
        CaseActions.Actor actor = CaseworkAuthorities.actor(officer);
        try {
            String done = switch (action) {
                case "claim" -> {
                    if (!settings.allowPick() && !actor.supervisor()) {
                        throw new CaseActionRefused("Picking cases is switched off: take the next case instead.");
                    }
                    queue.claim(actor.username(), reference);
                    yield "You have taken the case.";
                }
                case "reply" -> {
                    requireText(text, "Enter your reply");
                    replies.queue(reference(reference), ReplyKind.REPLY, actor.username(), text);
                    yield "Your reply is on its way.";
                }
                case "callback" -> {
                    CallbackOutcome result = CallbackOutcome.valueOf(String.valueOf(outcome));
                    replies.recordCallback(reference(reference), actor.username(), result.description(),
                            result.countsAsResponse(), text);
                    yield "Callback recorded: " + result.description() + ".";
                }
                case "note" -> {
                    requireText(text, "Enter a note");
                    actions.note(actor, reference, text);
                    yield "Note added.";
                }
                case "awaiting-citizen" -> {
                    actions.awaitCitizen(actor, reference);
                    yield "Waiting for the citizen; the clock is paused.";
                }
                case "release" -> {
                    actions.release(actor, reference);
                    yield "Released to the queue.";
                }
                case "transfer" -> {
                    if (toOfficer != null && !toOfficer.isBlank()) {
                        actions.transferToOfficer(actor, reference, toOfficer);
                    } else {
                        actions.transferToServiceArea(actor, reference, serviceArea);
                    }
                    yield "Transferred.";
                }
                case "classification" -> {
                    actions.reclassify(actor, reference, serviceArea);
                    yield "Service area corrected.";
                }
                case "close" -> {
                    requireText(text, "Enter the outcome");
                    actions.close(actor, reference, text);
                    yield "Case closed.";
                }
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            };
            redirect.addFlashAttribute("message", done);
        } catch (CaseActionRefused | ReplyService.ReplyRefused | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e instanceof IllegalArgumentException
                    ? "Choose the outcome of the call." : e.getMessage());
        }
        return "redirect:/workspace/cases/" + reference;
    }

    private static CaseReference reference(String text) {
        return CaseReference.parse(text).orElseThrow(() -> new CaseActionRefused("no case " + text));
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new CaseActionRefused(message);
        }
    }
}
