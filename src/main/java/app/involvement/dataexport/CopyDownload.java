package app.involvement.dataexport;

/** A copy handed out by {@link PersonalDataCopies#take}: the ZIP and its file name. */
public record CopyDownload(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/zip";

    public CopyDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
