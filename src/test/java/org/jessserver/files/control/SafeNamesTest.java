package org.jessserver.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SafeNamesTest {

    private static String refusedName(String submitted) {
        return assertThrows(InvalidRequestException.class, () -> SafeNames.fileName(submitted), submitted).getMessage();
    }

    private static String refusedEntry(String entry) {
        return assertThrows(InvalidRequestException.class, () -> SafeNames.zipEntry("in.zip", entry), entry)
                .getMessage();
    }

    // ---- the file name of an uploaded part ----

    @Test
    void aPlainFileNameIsKeptAsItIs() {
        assertEquals("in.idf", SafeNames.fileName("in.idf"));
        assertEquals("5ZoneAirCooled-v93.idf", SafeNames.fileName("5ZoneAirCooled-v93.idf"));
        assertEquals("example_e+v93 (1).epw", SafeNames.fileName("example_e+v93 (1).epw"));
        assertEquals("job.done!", SafeNames.fileName("job.done!"));
    }

    @Test
    void aFullPathFromABrowserOrTheWindowsClientLeavesOnlyItsLastElement() {
        assertEquals("in.idf", SafeNames.fileName("C:\\Users\\me\\My Models\\in.idf"));
        assertEquals("in.idf", SafeNames.fileName("/home/me/models/in.idf"));
        assertEquals("in.idf", SafeNames.fileName("models/in.idf"));
        assertEquals("in.idf", SafeNames.fileName("\\\\server\\share\\in.idf"));
    }

    @Test
    void aPathThatTriesToLeaveTheFolderIsCutToItsLastElement() {
        assertEquals("passwd", SafeNames.fileName("../../etc/passwd"));
        assertEquals("b.idf", SafeNames.fileName("a/../b.idf"));
        assertEquals("evil.idf", SafeNames.fileName("..\\..\\evil.idf"));
    }

    @Test
    void aDriveLetterWithoutSeparatorIsJustAColonInTheName() {
        // Linux takes ':' in a name; nothing leaves the folder
        assertEquals("C:in.idf", SafeNames.fileName("C:in.idf"));
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        assertEquals("in.idf", SafeNames.fileName("  in.idf  "));
        assertEquals("in.idf", SafeNames.fileName("models/ in.idf"));
    }

    @Test
    void aMissingOrBlankNameIsRefusedAsMissing() {
        for (String name : new String[] {null, "", " ", "\t"}) {
            assertEquals("A 'file' part has no file name", refusedName(name), String.valueOf(name));
        }
    }

    @Test
    void aNameThatIsOnlyAFolderIsRefused() {
        assertEquals("Unsafe file name: 'models/'", refusedName("models/"));
        assertEquals("Unsafe file name: 'C:\\'", refusedName("C:\\"));
        assertEquals("Unsafe file name: 'models/   '", refusedName("models/   "));
    }

    @Test
    void dotAndDotDotAreRefused() {
        assertEquals("Unsafe file name: '.'", refusedName("."));
        assertEquals("Unsafe file name: '..'", refusedName(".."));
        assertEquals("Unsafe file name: 'a/..'", refusedName("a/.."));
        assertEquals("Unsafe file name: 'a\\..'", refusedName("a\\.."));
        assertEquals("Unsafe file name: ' .. '", refusedName(" .. "));
    }

    @Test
    void hiddenNamesAreRefusedSoTheyCannotTakeTheServersOwnFiles() {
        assertEquals("Unsafe file name: '.jess-inputs'", refusedName(".jess-inputs"));
        assertEquals("Unsafe file name: 'dir/.htaccess'", refusedName("dir/.htaccess"));
        assertEquals("Unsafe file name: '...'", refusedName("..."));
    }

    @Test
    void controlCharactersInsideTheNameAreRefused() {
        assertEquals("Unsafe file name: 'in\0.idf'", refusedName("in\0.idf"));
        assertEquals("Unsafe file name: 'in\n.idf'", refusedName("in\n.idf"));
        assertEquals("Unsafe file name: 'in\t.idf'", refusedName("in\t.idf"));
        assertEquals("Unsafe file name: 'in\u001b[31m.idf'", refusedName("in\u001b[31m.idf"));
    }

    @Test
    void aControlCharacterAtTheEndIsTrimmedLikeASpace() {
        // String.trim() takes every character up to ' ', so a trailing NUL or newline is dropped, not refused;
        // what is left is the safe name a truncating file system would have made of it
        assertEquals("in.idf", SafeNames.fileName("in.idf\0"));
        assertEquals("in.idf", SafeNames.fileName("in.idf\r\n"));
    }

    @Test
    void trailingDotsAndWindowsDeviceNamesAreOrdinaryNamesOnTheServer() {
        // the server stores on Linux, where these are plain names; they are not special-cased
        assertEquals("in.idf.", SafeNames.fileName("in.idf."));
        assertEquals("CON", SafeNames.fileName("CON"));
        assertEquals("nul.txt", SafeNames.fileName("nul.txt"));
    }

    @Test
    void unicodeNamesAreKept() {
        assertEquals("Gebäude-Ü.idf", SafeNames.fileName("Gebäude-Ü.idf"));
        assertEquals("建筑模型.idf", SafeNames.fileName("C:\\项目\\建筑模型.idf"));
        assertEquals("🏠.epw", SafeNames.fileName("🏠.epw"));
        assertEquals("a∕..∕b.idf", SafeNames.fileName("a∕..∕b.idf"), "a division slash is no separator");
    }

    @Test
    void aNameOf255BytesIsTheLongestTaken() {
        String ascii = "a".repeat(251) + ".idf";
        assertEquals(ascii, SafeNames.fileName(ascii));
        // three bytes each in UTF-8: 85 take 255 bytes
        String cjk = "建".repeat(85);
        assertEquals(cjk, SafeNames.fileName(cjk));
    }

    @Test
    void aLongerNameIsRefusedWithItsSizeInBytes() {
        String ascii = "a".repeat(252) + ".idf";
        assertEquals("File name too long: '" + "a".repeat(60) + "..." + "a".repeat(13) + ".idf' has 256 bytes, "
                + "at most 255 are allowed", refusedName(ascii));
        String message = refusedName("建".repeat(86));
        assertTrue(message.endsWith("' has 258 bytes, at most 255 are allowed"), message);
    }

    @Test
    void aHugeSubmittedNameIsRefusedWithAShortQuote() {
        String huge = "x".repeat(1_000_000);
        String message = refusedName(huge);
        assertEquals("File name too long: '" + "x".repeat(60) + "..." + "x".repeat(17)
                + "' has 1000000 bytes, at most 255 are allowed", message);
    }

    @Test
    void onlyTheLastElementCountsTowardsTheLength() {
        String path = "d".repeat(300) + "/in.idf";
        assertEquals("in.idf", SafeNames.fileName(path));
    }

    // ---- the entries of an uploaded zip (and the files a Create job references) ----

    @Test
    void aRelativeEntryIsKeptWithForwardSlashes() {
        assertEquals("in.idf", SafeNames.zipEntry("in.zip", "in.idf"));
        assertEquals("Shoebox_v8.9/in.idf", SafeNames.zipEntry("in.zip", "Shoebox_v8.9/in.idf"));
        assertEquals("a/b/c.epw", SafeNames.zipEntry("in.zip", "a\\b\\c.epw"));
    }

    @Test
    void emptyAndDotPartsAreDropped() {
        assertEquals("a/b", SafeNames.zipEntry("in.zip", "./a//b/."));
        assertEquals("a", SafeNames.zipEntry("in.zip", "a/"));
        assertEquals("", SafeNames.zipEntry("in.zip", ""));
        assertEquals("", SafeNames.zipEntry("in.zip", "."));
        assertEquals("", SafeNames.zipEntry("in.zip", "./"));
    }

    @Test
    void anAbsoluteEntryIsRefused() {
        assertEquals("Unsafe entry '/etc/passwd' in in.zip: absolute path", refusedEntry("/etc/passwd"));
        assertEquals("Unsafe entry '\\evil.idf' in in.zip: absolute path", refusedEntry("\\evil.idf"));
        assertEquals("Unsafe entry '\\\\server\\share\\x' in in.zip: absolute path",
                refusedEntry("\\\\server\\share\\x"));
        assertEquals("Unsafe entry '//x' in in.zip: absolute path", refusedEntry("//x"));
    }

    @Test
    void aDriveLetterIsRefusedAsAbsoluteWithOrWithoutSeparator() {
        assertEquals("Unsafe entry 'C:\\Windows\\win.ini' in in.zip: absolute path", refusedEntry("C:\\Windows\\win.ini"));
        assertEquals("Unsafe entry 'c:/x' in in.zip: absolute path", refusedEntry("c:/x"));
        assertEquals("Unsafe entry 'C:x' in in.zip: absolute path", refusedEntry("C:x"));
        assertEquals("Unsafe entry 'z:' in in.zip: absolute path", refusedEntry("z:"));
    }

    @Test
    void aColonAfterTheFirstLetterIsAnOrdinaryCharacter() {
        assertEquals("ab:c.idf", SafeNames.zipEntry("in.zip", "ab:c.idf"));
        assertEquals("a/C:x", SafeNames.zipEntry("in.zip", "a/C:x"));
    }

    @Test
    void dotDotAnywhereIsRefusedEvenWhenTheEntryWouldComeBackIn() {
        assertEquals("Unsafe entry '../x' in in.zip: leaves the folder", refusedEntry("../x"));
        assertEquals("Unsafe entry '..' in in.zip: leaves the folder", refusedEntry(".."));
        assertEquals("Unsafe entry 'a/../b' in in.zip: leaves the folder", refusedEntry("a/../b"));
        assertEquals("Unsafe entry 'a/b/../../../x' in in.zip: leaves the folder", refusedEntry("a/b/../../../x"));
        assertEquals("Unsafe entry '..\\..\\x' in in.zip: leaves the folder", refusedEntry("..\\..\\x"));
        assertEquals("Unsafe entry './../x' in in.zip: leaves the folder", refusedEntry("./../x"));
    }

    @Test
    void namesThatOnlyLookLikeDotDotAreOrdinary() {
        assertEquals("a../b..c", SafeNames.zipEntry("in.zip", "a../b..c"));
        assertEquals(" ../x", SafeNames.zipEntry("in.zip", " ../x"), "' ..' is a folder name, not the parent");
        assertEquals("a∕..∕b", SafeNames.zipEntry("in.zip", "a∕..∕b"), "a division slash is no separator");
        assertEquals("．．/x", SafeNames.zipEntry("in.zip", "．．/x"), "full-width dots are no parent");
    }

    @Test
    void controlCharactersInAnEntryAreRefusedNamingThem() {
        assertEquals("Unsafe entry 'in\0.idf' in in.zip: control character in the name", refusedEntry("in\0.idf"));
        assertEquals("Unsafe entry 'a/b\n' in in.zip: control character in the name", refusedEntry("a/b\n"));
        assertEquals("Unsafe entry 'a\u001fb' in in.zip: control character in the name", refusedEntry("a\u001fb"));
    }

    @Test
    void hiddenFilesAndMacResourceForksAreSkippedNotRefused() {
        assertEquals("", SafeNames.zipEntry("in.zip", ".DS_Store"));
        assertEquals("", SafeNames.zipEntry("in.zip", "a/.git/config"));
        assertEquals("", SafeNames.zipEntry("in.zip", "__MACOSX/._in.idf"));
        assertEquals("", SafeNames.zipEntry("in.zip", "Shoebox/__macosx/in.idf"));
        assertEquals("", SafeNames.zipEntry("in.zip", "a/.jess-inputs"));
        // a hidden folder is skipped before a later '..' is looked at: nothing of it is written
        assertEquals("", SafeNames.zipEntry("in.zip", ".x/../../evil"));
    }

    @Test
    void trailingDotsSpacesAndWindowsDeviceNamesAreOrdinaryOnTheServer() {
        assertEquals("a./b /CON/nul.txt", SafeNames.zipEntry("in.zip", "a./b /CON/nul.txt"));
    }

    @Test
    void unicodeEntriesAreKept() {
        assertEquals("项目/建筑模型.idf", SafeNames.zipEntry("in.zip", "项目\\建筑模型.idf"));
        assertEquals("Gebäude/🏠.epw", SafeNames.zipEntry("in.zip", "Gebäude/🏠.epw"));
    }

    @Test
    void eachPartMayHave255Bytes() {
        String part = "p".repeat(255);
        assertEquals(part + "/" + part, SafeNames.zipEntry("in.zip", part + "/" + part));
        String message = refusedEntry("a/" + "p".repeat(256) + "/b");
        assertEquals("File name too long: 'in.zip: a/" + "p".repeat(50) + "..." + "p".repeat(15)
                + "/b' has 256 bytes, at most 255 are allowed", message);
    }

    @Test
    void theWholePathMayHave1000Characters() {
        // four parts of 249 and three separators: 999; one more character in the last part makes 1000
        String p = "p".repeat(249);
        String longest = p + "/" + p + "/" + p + "/" + p + "q";
        assertEquals(SafeNames.MAX_PATH, longest.length());
        assertEquals(longest, SafeNames.zipEntry("in.zip", longest));
        String tooLong = longest + "r";
        assertEquals("Path too long in in.zip: '" + tooLong.substring(0, 60) + "..." + tooLong.substring(1001 - 17)
                + "' has 1001 characters, at most 1000 are allowed", refusedEntry(tooLong));
    }

    @Test
    void thePathLengthCountsWhatIsKeptNotWhatWasSent() {
        String p = "p".repeat(249);
        String kept = p + "/" + p + "/" + p + "/" + p + "q";
        assertEquals(kept, SafeNames.zipEntry("in.zip", "./" + kept.replace("/", "//") + "/"));
    }

    @Test
    void theZipsNameIsInTheRefusal() {
        String message = assertThrows(InvalidRequestException.class,
                () -> SafeNames.zipEntry("the referenced files", "../x")).getMessage();
        assertEquals("Unsafe entry '../x' in the referenced files: leaves the folder", message);
    }
}
