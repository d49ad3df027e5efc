package ru.praktika.practices.card;

import org.springframework.stereotype.Component;
import ru.praktika.platform.files.UploadInspection;

/** Every file the module stores (attachments, evidence, rating sources) passes here first. */
@Component
public class CheckedFiles {

    private final AttachmentInspector inspector;

    CheckedFiles(PracticesProperties properties) {
        this.inspector = new AttachmentInspector(properties.maxAttachmentMb() * 1024L * 1024L);
    }

    /** The file with a safe name and the type its content shows, or a refusal saying why. */
    StoredFile check(String fileName, byte[] content) {
        String name = UploadInspection.cleanName(fileName);
        FileKind kind = inspector.inspect(name, content);
        return new StoredFile(name, kind, content);
    }

    /** An optional file: none when nothing was uploaded. */
    public StoredFile checkIfAny(String fileName, byte[] content) {
        return content == null || content.length == 0 ? null : check(fileName, content);
    }

    long maxMb() {
        return inspector.maxBytes() / (1024 * 1024);
    }
}
