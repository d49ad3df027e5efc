package ru.praktika.platform;

import java.util.List;
import ru.praktika.platform.security.CurrentUser;

/**
 * What a module has waiting for one person's action ("Ожидает меня"). Each module that owns such work
 * implements it; the shell's inbox collects every implementation, so the dependency still points from the
 * modules to the platform and the shell knows no module's internals.
 */
public interface WaitingWork {

    /** The items waiting for {@code user}, in the module's order; empty when nothing waits. */
    List<WaitingItem> waitingFor(CurrentUser user);
}
