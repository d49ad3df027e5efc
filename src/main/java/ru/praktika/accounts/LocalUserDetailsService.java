package ru.praktika.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LocalUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    LocalUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.trim())
                .filter(u -> u.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new PasswordPrincipal(user, authorities(user));
    }

    static List<SimpleGrantedAuthority> authorities(AppUser user) {
        return user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
