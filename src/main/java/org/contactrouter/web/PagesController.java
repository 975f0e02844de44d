package org.contactrouter.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, the staff sign-in page and where staff start. */
@Controller
public class PagesController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final boolean oidcEnabled;

    public PagesController(ObjectProvider<ClientRegistrationRepository> registrations,
                           @Value("${ccr.security.oidc.enabled:false}") boolean oidcEnabled) {
        this.registrations = registrations;
        this.oidcEnabled = oidcEnabled;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** Where staff land after signing in (and the footer's "Staff sign in"): the first page their role may use. */
    @GetMapping("/staff")
    String staffHome(Model model) {
        return model.getAttribute("staffMenu") instanceof StaffMenu menu && menu.home().isPresent()
                ? "redirect:" + menu.home().get() : "redirect:/";
    }

    /** The sign-in page; with OpenID Connect on, it also offers the council's identity provider. */
    @GetMapping("/login")
    String login(Model model) {
        List<String> providers = new ArrayList<>();
        if (oidcEnabled && registrations.getIfAvailable() instanceof Iterable<?> iterable) {
            iterable.forEach(r -> providers.add(((ClientRegistration) r).getRegistrationId()));
        }
        model.addAttribute("providers", providers);
        return "login";
    }
}
