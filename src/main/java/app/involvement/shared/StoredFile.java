package app.involvement.shared;

/** A file kept in the database (a receipt, a material), with the name it came with and the type found from its bytes. */
public record StoredFile(String fileName, String contentType, byte[] content) {

    public StoredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
