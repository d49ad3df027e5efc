package ru.praktika.practices.card;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.praktika.directory.Directory;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/**
 * The practice card page: the card and its files, then each step's section. Every controller of the card
 * renders it, also to show a refused form again (status 422, what was typed kept in the model).
 */
@Component
public class CardPage {

    static final String VIEW = "practices/card";

    private final Directory directory;
    private final PracticeAccess access;
    private final PracticeAttachments attachments;
    private final CheckedFiles files;
    private final List<CardSection> sections;
    private final Clock clock;

    CardPage(Directory directory, PracticeAccess access, PracticeAttachments attachments, CheckedFiles files,
             List<CardSection> sections, Clock clock) {
        this.directory = directory;
        this.access = access;
        this.attachments = attachments;
        this.files = files;
        this.sections = sections;
        this.clock = clock;
    }

    public String render(Practice p, Model model) {
        CurrentUser user = CurrentUsers.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("practice", p);
        model.addAttribute("category", directory.category(p.getCategoryId()));
        model.addAttribute("body", directory.body(p.getBodyId()));
        model.addAttribute("municipality", p.getMunicipalityId() == null ? null : directory.municipality(p.getMunicipalityId()));
        model.addAttribute("missing", p.missingSections());
        model.addAttribute("attachments", attachments.of(p.getId()));
        model.addAttribute("maxFileMb", files.maxMb());
        boolean canEdit = access.canEdit(user, p);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("cardEditable", canEdit && p.isCardEditable());
        model.addAttribute("today", today);
        for (CardSection section : sections) {
            section.addTo(model, p, user, today);
        }
        return VIEW;
    }
}
