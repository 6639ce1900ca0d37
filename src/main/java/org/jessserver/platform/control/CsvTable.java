package org.jessserver.platform.control;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one CSV table under a hidden name and renames it into place on {@link #commit()}, so a reader sees the whole
 * table or none. A field is quoted (RFC 4180) only when it holds a comma, a quote or a line break; any other field is
 * written as is, as jEPlus and the older tables wrote it (jeplus.md §8.1). A full disk is a
 * {@link DiskFullException}, any other failure an {@code UncheckedIOException}.
 */
public final class CsvTable implements Closeable {

    /** Unix line ends, the server's tables. */
    public static final String LF = "\n";
    /** Windows line ends, as jEPlus writes {@code joblist_out.csv}. */
    public static final String CRLF = "\r\n";

    // QuoteMode.MINIMAL also quotes a field that starts with a character up to '#' (" Dbl Clr 3mm/13mm Arg", the
    // header's "#") or ends in a space, which no setting turns off (commons-csv 1.14.1); so a field is printed by
    // one of two formats: verbatim, or always quoted with the library's escaping of quotes.
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final CSVFormat PLAIN_LF = CSVFormat.RFC4180.builder().setQuote(null).setRecordSeparator(LF).get();
    private static final CSVFormat PLAIN_CRLF = CSVFormat.RFC4180.builder().setQuote(null).setRecordSeparator(CRLF)
            .get();

    private final CSVFormat plain;
    private final Path file;
    private final Path part;
    private final BufferedWriter out;
    private boolean committed;

    private CsvTable(Path file, String recordSeparator) throws IOException {
        this.plain = plain(recordSeparator);
        this.file = file;
        this.part = file.resolveSibling("." + file.getFileName() + ".part");
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
    }

    /** Starts the table {@code file} (the file itself appears on commit), its records ending in the separator. */
    public static CsvTable create(Path file, String recordSeparator) {
        try {
            return new CsvTable(file, recordSeparator);
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, "write the results table " + file.getFileName());
        }
    }

    /** Appends one record; a null field is written empty. */
    public CsvTable row(List<?> fields) {
        try {
            print(out, fields, plain);
            return this;
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, "write the results table " + file.getFileName());
        }
    }

    /** Appends one record. */
    public CsvTable row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    /** Prints one record to {@code out}, quoting as the tables do, and ends it with the separator. */
    public static void printRecord(Appendable out, List<?> fields, String recordSeparator) throws IOException {
        print(out, fields, plain(recordSeparator));
    }

    /** The verbatim format: no quote character and no escape, so the library writes a field as it is. */
    private static CSVFormat plain(String recordSeparator) {
        return switch (recordSeparator) {
            case LF -> PLAIN_LF;
            case CRLF -> PLAIN_CRLF;
            default -> CSVFormat.RFC4180.builder().setQuote(null).setRecordSeparator(recordSeparator).get();
        };
    }

    private static void print(Appendable out, List<?> fields, CSVFormat plain) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            String value = fields.get(i) == null ? "" : fields.get(i).toString();
            (needsQuotes(value) ? QUOTED : plain).print(value, out, i == 0);
        }
        plain.println(out);
    }

    /** True when the field holds a comma, a quote or a line break: the only fields RFC 4180 must quote. */
    static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
    }

    /** Closes the table and renames it into place, replacing an older one. */
    public void commit() {
        try {
            out.close();
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, "write the results table " + file.getFileName());
        }
    }

    /** Drops an uncommitted table: its hidden file goes, an older table stays. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the hidden file is deleted next, whatever it holds
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // hidden, and replaced by the next write of the table
        }
    }
}
