package ru.praktika.practices.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.MunicipalPolicy;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeCard;
import ru.praktika.practices.card.PracticeCards;

/** Municipal proposals of cl. 6: a municipality proposes, the body accepts into its practices or declines. */
@Service
@Transactional
public class ProposalService {

    private final MunicipalProposalRepository proposals;
    private final ProposalStatusRepository statuses;
    private final PracticeCards practices;
    private final AccessGuard guard;
    private final Directory directory;
    private final Clock clock;
    private final MunicipalPolicy municipalPolicy;

    ProposalService(MunicipalProposalRepository proposals, ProposalStatusRepository statuses, PracticeCards practices,
                    AccessGuard guard, Directory directory, Clock clock,
                    MunicipalPolicy municipalPolicy) {
        this.proposals = proposals;
        this.statuses = statuses;
        this.practices = practices;
        this.guard = guard;
        this.directory = directory;
        this.clock = clock;
        this.municipalPolicy = municipalPolicy;
    }

    /** A municipality sees only its own proposals, a body those addressed to it, coordinator and observer all. */
    @Transactional(readOnly = true)
    List<MunicipalProposal> visible() {
        CurrentUser user = CurrentUsers.get();
        if (user.seesAllBodies()) {
            return proposals.findAllByOrderByProposedAtDesc();
        }
        if (user.has(Role.MUNICIPALITY) && user.municipalityId() != null) {
            return proposals.findByMunicipalityIdOrderByProposedAtDesc(user.municipalityId());
        }
        if (user.bodyId() != null && (user.has(Role.OFFICER) || user.has(Role.HEAD))) {
            return proposals.findByBodyIdOrderByProposedAtDesc(user.bodyId());
        }
        return List.of();
    }

    /** Proposals waiting for the user's body to decide; none for anyone outside a body. */
    @Transactional(readOnly = true)
    public long waitingForOwnBody() {
        CurrentUser user = CurrentUsers.get();
        if (user.bodyId() == null || !(user.has(Role.OFFICER) || user.has(Role.HEAD))) {
            return 0;
        }
        return proposals.countByBodyIdAndStatus(user.bodyId(), ProposalStatus.PROPOSED);
    }

    @Transactional(readOnly = true)
    MunicipalProposal view(Long id) {
        MunicipalProposal p = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
        CurrentUser user = CurrentUsers.get();
        boolean own = user.has(Role.MUNICIPALITY) && p.getMunicipalityId().equals(user.municipalityId());
        if (!own && !guard.canView(user, p.getBodyId())) {
            throw new ForbiddenException("proposal " + id + " is not visible to this user");
        }
        return p;
    }

    @Transactional(readOnly = true)
    Map<String, String> statusNames() {
        Map<String, String> names = new LinkedHashMap<>();
        statuses.findAll().stream().sorted(Comparator.comparingInt(ProposalStatus::getSortOrder))
                .forEach(s -> names.put(s.getCode(), s.getName()));
        return names;
    }

    MunicipalProposal propose(Long bodyId, Long categoryId, String title, String summary, String problem, String solution,
                              String results, String contact) {
        CurrentUser user = CurrentUsers.get();
        if (!user.has(Role.MUNICIPALITY) || user.municipalityId() == null) {
            throw new ForbiddenException("only a municipality proposes");
        }
        directory.body(bodyId);
        if (!municipalPolicy.municipalitiesMayPropose(bodyId)) {
            throw new DomainException("practices.proposals.closed", directory.body(bodyId).getShortName());
        }
        if (categoryId != null && !directory.isAssigned(bodyId, categoryId, LocalDate.now(clock))) {
            throw new DomainException("practices.card.categoryNotOwned", directory.category(categoryId).getName(),
                    directory.body(bodyId).getShortName());
        }
        return proposals.save(new MunicipalProposal(user.municipalityId(), bodyId, categoryId, title, summary, problem,
                solution, results, contact, user.fullName(), clock.instant()));
    }

    /** The body takes the proposal into its practices: a draft card prefilled from it. */
    Practice accept(Long id, long version, Long categoryId) {
        MunicipalProposal p = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
        guard.requireEdit(p.getBodyId());
        requireVersion(p, version);
        Long category = categoryId != null ? categoryId : p.getCategoryId();
        if (category == null) {
            throw new DomainException("practices.proposal.categoryRequired");
        }
        Practice practice = practices.create(new PracticeCard(p.getTitle(), category, p.getMunicipalityId(), null, null,
                null, null, p.getSummary(), p.getProblem(), p.getSolution(), p.getResults(), List.of(), null, null,
                null, null, null, null, null, null));
        p.accept(practice.getId(), CurrentUsers.get().fullName(), clock.instant());
        proposals.saveAndFlush(p);
        return practice;
    }

    MunicipalProposal decline(Long id, long version, String reason) {
        MunicipalProposal p = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
        guard.requireEdit(p.getBodyId());
        requireVersion(p, version);
        p.decline(reason, CurrentUsers.get().fullName(), clock.instant());
        return proposals.saveAndFlush(p);
    }

    private static void requireVersion(MunicipalProposal p, long version) {
        if (p.getVersion() != version) {
            throw new DomainException("practices.proposal.changed", p.getDecidedBy() == null ? "" : p.getDecidedBy());
        }
    }
}
