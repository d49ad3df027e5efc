package ru.praktika.practices.card;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeAttachmentRepository extends JpaRepository<PracticeAttachment, Long> {

    List<PracticeAttachment> findByPracticeIdOrderByUploadedAt(Long practiceId);
}
