package ru.praktika.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.accounts.AccountsProperties;

@Controller
class LoginController {

    private final ObjectProvider<InMemoryClientRegistrationRepository> oidcClients;
    private final AccountsProperties accounts;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> oidcClients, AccountsProperties accounts) {
        this.oidcClients = oidcClients;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        // Parameters without a value ("?oidc-unknown"); Thymeleaf's param.containsKey(...) is true for any
        // name, which showed the OIDC message on every login page.
        model.addAttribute("oidcUnknown", request.getParameterMap().containsKey("oidc-unknown"));
        model.addAttribute("oidcError", request.getParameterMap().containsKey("oidc-error"));
        // The lock lasts as configured, and the page says so (it once said 15 minutes whatever was set).
        model.addAttribute("lockMinutes", Math.max(1, accounts.lockDuration().toMinutes()));
        InMemoryClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            java.util.List<ClientRegistration> list = new java.util.ArrayList<>();
            clients.forEach(list::add);
            model.addAttribute("oidcClients", list);
        }
        return "login";
    }

    @GetMapping("/session-expired")
    String sessionExpired() {
        return "error/session-expired";
    }
}
