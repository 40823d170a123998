package app.involvement.dataexport.internal;

import app.involvement.shared.privacy.PersonalDataFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The copy as one ZIP: {@code my-data.pdf}, {@code my-data.json} and {@code receipts/<name>} for each file given. */
final class CopyZip {

    static final String PDF = "my-data.pdf";
    static final String JSON = "my-data.json";
    static final String FILES = "receipts/";

    private static final int NAME_MAX = 100;

    private CopyZip() {
    }

    static byte[] write(byte[] pdf, byte[] json, List<PersonalDataFile> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            put(zip, PDF, pdf);
            put(zip, JSON, json);
            List<String> names = fileNames(files);
            for (int i = 0; i < files.size(); i++) {
                put(zip, FILES + names.get(i), files.get(i).content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Safe, distinct names for the files in the ZIP, in the same order: no folders or odd characters (a name cannot
     * climb out of {@code receipts/}), and a number added when two files share a name.
     */
    static List<String> fileNames(List<PersonalDataFile> files) {
        var names = new ArrayList<String>();
        Set<String> taken = new HashSet<>();
        for (PersonalDataFile file : files) {
            String clean = clean(file.name());
            String name = clean;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                int dot = clean.lastIndexOf('.');
                name = dot > 0 ? clean.substring(0, dot) + "-" + n + clean.substring(dot) : clean + "-" + n;
            }
            names.add(name);
        }
        return names;
    }

    private static String clean(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            base = "file";
        }
        return base.length() > NAME_MAX ? base.substring(base.length() - NAME_MAX) : base;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content == null ? new byte[0] : content);
        zip.closeEntry();
    }
}
