package ru.praktika.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ru.praktika.platform.security.CurrentUsers;

/**
 * Someone signed in with a password the admin gave out sees only their profile until they choose their
 * own: the admin (and whoever read the message it was sent in) must not know a working password.
 */
@Configuration(proxyBeanMethods = false)
class TemporaryPasswordGate implements WebMvcConfigurer, HandlerInterceptor {

    private final AppUserRepository users;

    TemporaryPasswordGate(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns("/account", "/account/**", "/login",
                "/login/**", "/logout", "/error", "/session-expired", "/webjars/**", "/css/**", "/js/**", "/img/**",
                "/favicon.ico", "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var me = CurrentUsers.find();
        if (me.isPresent() && me.get().id() != null && users.existsByIdAndPasswordTemporaryTrue(me.get().id())) {
            if ("true".equals(request.getHeader("HX-Request"))) {
                // a fragment the page asks for after loading (the menu's badge): nothing to swap in, never the
                // whole profile page inside the menu
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(request.getContextPath() + "/account");
            }
            return false;
        }
        return true;
    }
}
