package org.jessserver.job.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jessserver.job.control.JobSubmitter.FilePart;
import org.jessserver.job.control.SubmissionForm;
import org.jessserver.platform.boundary.PartFileName;

/** Reads the multipart parts of POST /job into the form fields and the uploaded files. */
final class SubmissionParts {

    private SubmissionParts() {
    }

    static SubmissionForm form(List<EntityPart> parts) {
        return new SubmissionForm(text(parts, "title"), text(parts, "desc"), text(parts, "model"),
                text(parts, "weather"), text(parts, "type"), text(parts, "split"), text(parts, "subset"),
                text(parts, "cases"), List.of());
    }

    static List<FilePart> files(List<EntityPart> parts) {
        List<FilePart> out = new ArrayList<>();
        for (EntityPart p : parts) {
            if ("file".equals(p.getName())) {
                out.add(new FilePart(PartFileName.of(p), p.getContent()));
            }
        }
        return out;
    }

    private static String text(List<EntityPart> parts, String name) {
        Optional<EntityPart> part = parts.stream().filter(p -> name.equals(p.getName())).findFirst();
        try {
            return part.isPresent() ? part.get().getContent(String.class) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
