package org.jessserver.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jessserver.platform.control.ByteSize;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadAreaTest {

    @TempDir
    Path data;

    UploadArea area;
    AreaUploads uploads;

    @BeforeEach
    void area() {
        Settings settings = new Settings() {
            @Override
            public Path dataDir() {
                return data;
            }
        };
        area = new UploadArea();
        area.settings = settings;
        uploads = new AreaUploads();
        uploads.area = area;
        uploads.settings = settings;
        uploads.limits = new UploadLimits(1_000_000, 10);
        uploads.quota = new ByteSize(100);
        uploads.space = new DiskSpace(0);
    }

    @Test
    void folderForCreateIsTheCheckedExistingFolder() {
        store(7, "/abc/example_e+v93", "in.idf", "model");
        assertEquals(data.resolve("files/7/abc/example_e+v93"), area.folder(7, "/abc/example_e+v93"));
        assertEquals(data.resolve("files/7/abc"), area.folder(7, "abc/"));
        assertTrue(msg(() -> area.folder(7, "abc/missing")).contains("abc/missing is not found"));
        assertTrue(msg(() -> area.folder(7, "abc/example_e+v93/in.idf")).contains("is a file, not a folder"));
        assertTrue(msg(() -> area.folder(7, "../7/abc")).contains("Unsafe path"));
        // another account's identical path is a different folder
        assertTrue(msg(() -> area.folder(8, "/abc/example_e+v93")).contains("not found"));
    }

    @Test
    void theQuotaCountsWhatIsReplaced() {
        store(7, "a", "x.txt", "x".repeat(60));
        store(7, "a", "x.txt", "y".repeat(60));
        String refusal = msg(() -> store(7, "b", "x.txt", "z".repeat(60)));
        assertTrue(refusal.contains("quota is 100 bytes") && refusal.contains("holds 60 bytes"), refusal);
        assertFalse(Files.exists(data.resolve("files/7/b")));
        assertEquals(List.of(), stagingLeft());
    }

    @Test
    void fileHandleIsTheSingleTopFolderOrTheTarget() {
        assertEquals("", store(7, "/", "x.txt", "x"));
        assertEquals("t", store(7, "t", "x.txt", "x"));
    }

    @Test
    void deleteRefusesTheRootAndMissingPaths() {
        store(7, "a/b", "x.txt", "x");
        assertTrue(msg(() -> area.delete(7, "/")).contains("root of the upload area cannot be deleted"));
        assertTrue(msg(() -> area.delete(7, "a/c")).contains("a/c is not found"));
        assertEquals("a", area.delete(7, "/a/"));
        assertFalse(Files.exists(data.resolve("files/7/a")));
    }

    private String store(long account, String folder, String name, String content) {
        return uploads.store(account, folder,
                List.of(new UploadedFile(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))));
    }

    private List<Path> stagingLeft() {
        try (var s = Files.list(data.resolve("staging"))) {
            return s.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String msg(Runnable r) {
        return assertThrows(InvalidRequestException.class, r::run).getMessage();
    }
}
