package ru.praktika.practices.card;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUsers;

/** Files of the practice card: added by its body in any status, checked by content, read by whoever sees it. */
@Service
@Transactional
class PracticeAttachments {

    private final PracticeCards cards;
    private final PracticeAttachmentRepository attachments;
    private final PracticeAccess access;
    private final CheckedFiles files;
    private final Clock clock;

    PracticeAttachments(PracticeCards cards, PracticeAttachmentRepository attachments, PracticeAccess access,
                        CheckedFiles files, Clock clock) {
        this.cards = cards;
        this.attachments = attachments;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<PracticeAttachment> of(Long practiceId) {
        return attachments.findByPracticeIdOrderByUploadedAt(practiceId);
    }

    PracticeAttachment add(Long practiceId, String fileName, byte[] content) {
        Practice p = cards.get(practiceId);
        access.requireEdit(p);
        StoredFile stored = files.check(fileName, content);
        return attachments.save(new PracticeAttachment(p.getId(), stored, CurrentUsers.get().fullName(), clock.instant()));
    }

    void delete(Long practiceId, Long attachmentId) {
        Practice p = cards.get(practiceId);
        access.requireEdit(p);
        attachments.delete(find(practiceId, attachmentId));
    }

    /** The attachment with its bytes loaded, for a reader of the practice. */
    @Transactional(readOnly = true)
    PracticeAttachment download(Long practiceId, Long attachmentId) {
        cards.view(practiceId);
        PracticeAttachment a = find(practiceId, attachmentId);
        a.getData();
        return a;
    }

    private PracticeAttachment find(Long practiceId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(x -> x.getPracticeId().equals(practiceId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }
}
