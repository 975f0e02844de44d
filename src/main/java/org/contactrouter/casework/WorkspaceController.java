package org.contactrouter.casework;

import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.contactrouter.caseload.CaseQueries;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.caseload.CaseSearch;
import org.contactrouter.channel.phone.CallbackOutcome;
import org.contactrouter.contact.Channel;
import org.contactrouter.channel.social.SocialReplyCheck;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.channel.sms.SmsLength;
import org.contactrouter.reply.CitizenDates;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaStandards;
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

    /** The most urgent queued cases listed; the counts cover the whole queue. */
    private static final int QUEUE_SHOWN = 50;

    private final SharedQueue queue;
    private final CaseActions actions;
    private final CaseQueries queries;
    private final CaseSearch search;
    private final CaseReplies replies;
    private final RoutingSettings settings;
    private final OfficerDirectory officers;
    private final LiveUpdates liveUpdates;
    private final CaseOffers offers;
    private final SocialReplyCheck socialReplies;
    private final DeadlineExtensions extensions;
    private final SlaStandards standards;
    /** The council's time zone: deadlines and history are shown in local time, GMT or BST as the date falls. */
    private final ZoneId zone;

    public WorkspaceController(SharedQueue queue, CaseActions actions, CaseQueries queries, CaseSearch search,
                               CaseReplies replies,
                               RoutingSettings settings, OfficerDirectory officers, LiveUpdates liveUpdates,
                               CaseOffers offers, SocialReplyCheck socialReplies, DeadlineExtensions extensions,
                               SlaConfiguration sla) {
        this.extensions = extensions;
        this.standards = sla.standards();
        this.queue = queue;
        this.actions = actions;
        this.queries = queries;
        this.search = search;
        this.replies = replies;
        this.settings = settings;
        this.officers = officers;
        this.liveUpdates = liveUpdates;
        this.offers = offers;
        this.socialReplies = socialReplies;
        this.zone = sla.calendar().zone();
    }

    @GetMapping
    String home(Authentication officer, Model model) {
        model.addAttribute("offers", offers.openOffersFor(officer.getName()));
        model.addAttribute("mine", queue.heldBy(officer.getName()));
        sharedQueue(officer, model);
        return "workspace/home";
    }

    /** The queue table alone, for live refresh. */
    @GetMapping("/queue")
    String queueFragment(Authentication officer, Model model) {
        sharedQueue(officer, model);
        return "workspace/home :: queueTable";
    }

    private void sharedQueue(Authentication officer, Model model) {
        model.addAttribute("queue", queue.queueFor(officer.getName(), QUEUE_SHOWN));
        model.addAttribute("queueLimit", QUEUE_SHOWN);
        model.addAttribute("queueCounts", queue.countsFor(officer.getName()));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("allowPick", settings.allowPick() || CaseworkAuthorities.supervisor(officer));
        model.addAttribute("zone", zone);
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
    String casePage(@PathVariable String reference, Authentication officer, Model model) {
        CaseReference parsed = CaseReference.parse(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseQueries.CaseDetails details = queries.details(parsed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("c", details);
        Optional<CaseType> caseType = standards.caseType(details.caseType());
        model.addAttribute("may", CasePermissions.of(details, CaseworkAuthorities.actor(officer), settings.allowPick(),
                caseType));
        model.addAttribute("caseType", caseType.orElse(null));
        model.addAttribute("caseTypes", standards.caseTypes());
        model.addAttribute("deliveries", DeliveryState.of(details));
        model.addAttribute("contactDetails", details.contacts().stream()
                .map(contact -> ContactDetails.of(contact.attributes())).toList());
        model.addAttribute("closeNeedsConfirmation", DeliveryState.closingNeedsConfirmation(details));
        model.addAttribute("history", search.otherCasesOfSameCitizen(parsed));
        model.addAttribute("replyLimit", ReplyLimits.forCase(details, socialReplies));
        model.addAttribute("callbackOutcomes", CallbackOutcome.values());
        model.addAttribute("officers", officers.all());
        model.addAttribute("zone", zone);
        return "workspace/case";
    }

    /**
     * One action on a case. A refusal comes back on the case page with the reason and what was typed; one because
     * the officer does not hold the case is a 403 (the page they acted from was out of date).
     */
    @PostMapping("/cases/{reference}/{action}")
    String act(@PathVariable String reference, @PathVariable String action,
               @RequestParam(required = false) String text, @RequestParam(required = false) String outcome,
               @RequestParam(required = false) String toOfficer, @RequestParam(required = false) String serviceArea,
               @RequestParam(required = false) String caseType, @RequestParam(required = false) String by,
               @RequestParam(defaultValue = "false") boolean closeUnanswered,
               Authentication officer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
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
                    long replyId = replies.reply(actor, reference, text);
                    yield (replies.goesByText(replyId) ? "Your text (" + SmsLength.of(text).describe() + ") is queued."
                            : "Your reply is queued.")
                            + " Under Our replies it shows Sent once the channel has taken it, or Failed with what to do.";
                }
                case "check-length" -> {
                    requireText(text, "Enter your reply");
                    // Nothing is sent: the draft comes back with its length, to be shortened or sent.
                    redirect.addFlashAttribute("typed", new TypedText("reply", text));
                    SmsLength length = SmsLength.of(text);
                    yield "Not sent yet. Your text is " + length.describe() + "."
                            + (length.tooLong() ? " That is over the " + SmsLength.MAX_CHARACTERS
                                    + " characters a text can have: shorten it." : "");
                }
                case "callback" -> {
                    CallbackOutcome result = CallbackOutcome.valueOf(String.valueOf(outcome));
                    replies.recordCallback(actor, reference, result, text);
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
                case "case-type" -> {
                    actions.changeCaseType(actor, reference, caseType);
                    yield "Case type saved; its deadlines are recomputed.";
                }
                case "extend" -> {
                    DeadlineExtensions.Outcome extended = extensions.extend(actor, reference, by, text);
                    String dueBy = CitizenDates.format(extended.dueAt(), zone, "en");
                    yield extended.citizenNotTold()
                            .map(why -> "Deadline extended to " + dueBy + ", but the citizen has not been told: " + why
                                    + ". Tell them another way, with the reason.")
                            .orElse("Deadline extended to " + dueBy + ". The citizen is being told, with the reason:"
                                    + " see Our replies for its delivery.");
                }
                case "escalate" -> {
                    actions.escalate(actor, reference, text);
                    yield "Escalated to the next stage: the case is back in the shared queue with that stage's"
                            + " deadlines.";
                }
                case "close" -> {
                    requireText(text, "Enter the outcome");
                    actions.close(actor, reference, text, closeUnanswered);
                    yield "Case closed.";
                }
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            };
            redirect.addFlashAttribute("message", done);
        } catch (NotCaseHolder e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("typed", new TypedText(action, text));
            return casePage(reference, officer, model);
        } catch (CaseActionRefused | ReplyService.ReplyRefused | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e instanceof IllegalArgumentException
                    ? "Choose the outcome of the call." : e.getMessage());
            redirect.addFlashAttribute("typed", new TypedText(action, text));
        }
        return "redirect:/workspace/cases/" + reference;
    }

    /** What the officer typed into the form of a refused action, given back so that it is not lost. */
    public record TypedText(String action, String text) implements java.io.Serializable {
        public String of(String form) {
            return form.equals(action) ? text : null;
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new CaseActionRefused(message);
        }
    }
}
