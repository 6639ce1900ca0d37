package org.jessserver.files.control;

import java.io.InputStream;

/** One uploaded file part of a call to the upload area, read once in the order the parts arrived. */
public record UploadedFile(String fileName, InputStream content) {
}
