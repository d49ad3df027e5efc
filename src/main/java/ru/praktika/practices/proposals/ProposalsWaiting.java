package ru.praktika.practices.proposals;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/**
 * Municipal proposals without a decision: the body's officer decides them; the coordinator sees every body's
 * undecided proposals, to follow up.
 */
@Component
@Order(40)
class ProposalsWaiting implements WaitingWork {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final MunicipalProposalRepository proposals;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    ProposalsWaiting(MunicipalProposalRepository proposals, Directory directory, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingFor(CurrentUser user) {
        List<MunicipalProposal> open;
        if (user.has(Role.COORDINATOR)) {
            open = proposals.findAllByOrderByProposedAtDesc();
        } else if (user.has(Role.OFFICER) && user.bodyId() != null) {
            open = proposals.findByBodyIdOrderByProposedAtDesc(user.bodyId());
        } else {
            return List.of();
        }
        return open.stream().filter(p -> ProposalStatus.PROPOSED.equals(p.getStatus()))
                .map(p -> new WaitingItem("practices.waiting.proposals", p.getTitle(),
                        messages.getMessage("practices.waiting.proposals.detail", new Object[] {
                                directory.municipality(p.getMunicipalityId()).getName(),
                                directory.body(p.getBodyId()).getShortName()}, RU),
                        "/proposals/" + p.getId(), p.getProposedAt().atZone(clock.getZone()).toLocalDate(), false))
                .toList();
    }
}
