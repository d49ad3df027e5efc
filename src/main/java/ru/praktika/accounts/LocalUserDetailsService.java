package ru.praktika.accounts;

import java.time.Clock;
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
    private final Clock clock;

    LocalUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.trim())
                .filter(u -> u.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new PasswordPrincipal(user, user.isLockedAt(clock.instant()), authorities(user));
    }

    static List<SimpleGrantedAuthority> authorities(AppUser user) {
        return user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
