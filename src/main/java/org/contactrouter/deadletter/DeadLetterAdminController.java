package org.contactrouter.deadletter;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators inspect, replay and discard dead-lettered contacts: the page {@code /admin/dead-letters} and the
 * API {@code /api/v1/admin/dead-letters}.
 */
@Controller
public class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    public DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/admin/dead-letters")
    String page(Model model) {
        model.addAttribute("letters", deadLetters.list());
        return "admin/dead-letters";
    }

    @PostMapping("/admin/dead-letters/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, RedirectAttributes redirect) {
        boolean done = "replay".equals(action) ? deadLetters.replay(id) : "discard".equals(action) && deadLetters.discard(id);
        redirect.addFlashAttribute(done ? "message" : "problem",
                done ? ("replay".equals(action) ? "Sent back to its queue." : "Discarded.") : "That dead letter is no longer there.");
        return "redirect:/admin/dead-letters";
    }

    @GetMapping(value = "/api/v1/admin/dead-letters", produces = "application/json")
    @ResponseBody
    List<DeadLetters.DeadLetter> list() {
        return deadLetters.list();
    }

    @PostMapping("/api/v1/admin/dead-letters/{id}/replay")
    @ResponseBody
    ResponseEntity<Void> replay(@PathVariable String id) {
        return deadLetters.replay(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @DeleteMapping("/api/v1/admin/dead-letters/{id}")
    @ResponseBody
    ResponseEntity<Void> discard(@PathVariable String id) {
        return deadLetters.discard(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
