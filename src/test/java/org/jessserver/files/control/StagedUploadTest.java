package org.jessserver.files.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// what a submitter's files become in staging, and that a refusal leaves no folder behind
class StagedUploadTest {

    private static final UploadLimits ROOMY = new UploadLimits(1 << 20, 100);

    @TempDir
    Path staging;

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(UTF_8));
    }

    private static InputStream zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(UTF_8));
                z.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private List<Path> leftInStaging() throws IOException {
        return childrenOf(staging);
    }

    private static List<Path> childrenOf(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void filesAreListedSortedByTheirRelativePathsAndTheirBytesCounted() throws IOException {
        try (StagedUpload upload = new StagedUpload(staging, ROOMY)) {
            upload.add("weather.epw", text("12345"));
            upload.add("C:\\Users\\me\\model.idf", text("abc"));
            assertEquals(List.of("model.idf", "weather.epw"), upload.files(), "a browser's full path is cut to the name");
            assertEquals(8, upload.bytes());
        }
    }

    @Test
    void aZipIsUnpackedInPlaceOfItselfWithoutHiddenEntries() throws IOException {
        try (StagedUpload upload = new StagedUpload(staging, ROOMY)) {
            upload.add("cases.zip", zip(Map.of("a/in.idf", "x", "b/in.idf", "yy", "__MACOSX/a/._in.idf", "z",
                    ".DS_Store", "z")));
            assertEquals(List.of("a/in.idf", "b/in.idf"), upload.files());
            assertEquals(3, upload.bytes());
        }
    }

    @Test
    void aFileUploadedTwiceIsRefusedByName() throws IOException {
        try (StagedUpload upload = new StagedUpload(staging, ROOMY)) {
            upload.add("in.idf", text("a"));
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> upload.add("in.idf", text("b")));
            assertEquals("File in.idf is uploaded twice", e.getMessage());
        }
    }

    @Test
    void aZipEntryThatLeavesTheFolderIsRefusedAndNothingIsLeft() throws IOException {
        StagedUpload upload = new StagedUpload(staging, ROOMY);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> upload.add("evil.zip", zip(Map.of("../../outside.idf", "x"))));
        assertEquals("Unsafe entry '../../outside.idf' in evil.zip: leaves the folder", e.getMessage());
        upload.close();
        assertEquals(List.of(), leftInStaging());
        assertFalse(Files.exists(staging.getParent().resolve("outside.idf")));
    }

    @Test
    void moreFilesThanTheLimitAreRefused() throws IOException {
        try (StagedUpload upload = new StagedUpload(staging, new UploadLimits(1 << 20, 2))) {
            upload.add("a.idf", text("a"));
            upload.add("b.idf", text("b"));
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> upload.add("c.idf", text("c")));
            assertEquals("Upload has more than 2 files (the limit)", e.getMessage());
        }
    }

    @Test
    void moreBytesThanTheLimitAreRefusedCountingUnzippedBytes() throws IOException {
        try (StagedUpload upload = new StagedUpload(staging, new UploadLimits(10, 100))) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> upload.add("big.zip", zip(Map.of("a.idf", "123456", "b.idf", "123456"))));
            assertEquals("Upload exceeds the limit of 10 bytes", e.getMessage());
        }
    }

    @Test
    void closingAnUploadThatWasNotKeptRemovesItsFolder() throws IOException {
        Path dir;
        try (StagedUpload upload = new StagedUpload(staging, ROOMY)) {
            upload.add("cases.zip", zip(Map.of("deep/er/in.idf", "x")));
            dir = upload.dir();
            assertTrue(Files.isRegularFile(dir.resolve("deep/er/in.idf")));
        }
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), leftInStaging());
    }

    @Test
    void movedFilesStayWhenTheUploadIsClosed() throws IOException {
        Path input = staging.resolve("jobs/7/input");
        try (StagedUpload upload = new StagedUpload(staging.resolve("tmp"), ROOMY)) {
            upload.add("in.idf", text("abc"));
            upload.moveTo(input);
        }
        assertEquals("abc", Files.readString(input.resolve("in.idf")));
        assertEquals(List.of(), childrenOf(staging.resolve("tmp")), "the staging folder went with the move");
    }

    @Test
    void aCopiedFileKeepsItsRelativePathAndHiddenOnesAreSkipped() throws IOException {
        Path source = Files.writeString(staging.resolve("source.epw"), "weather");
        try (StagedUpload upload = new StagedUpload(staging.resolve("tmp"), ROOMY)) {
            upload.copyIn("w/chicago.epw", source);
            upload.copyIn(".hidden/x.epw", source);
            assertEquals(List.of("w/chicago.epw"), upload.files());
            assertEquals(7, upload.bytes());
        }
    }

    @Test
    void deleteTreeRemovesANestedFolderAndIgnoresAMissingOne() throws IOException {
        Path root = Files.createDirectories(staging.resolve("dead/a/b"));
        Files.writeString(root.resolve("f"), "x");
        StagedUpload.deleteTree(staging.resolve("dead"));
        assertFalse(Files.exists(staging.resolve("dead")));
        StagedUpload.deleteTree(staging.resolve("never-was"));
    }
}
