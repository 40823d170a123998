package app.involvement.planning;

/** A policy document to download, with the type detected from its bytes when it was uploaded. */
public record PolicyFile(String fileName, String contentType, byte[] content) {

    public PolicyFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
