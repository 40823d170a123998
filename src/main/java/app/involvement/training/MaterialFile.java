package app.involvement.training;

/** An uploaded material's stored name, detected type and bytes, for download. */
public record MaterialFile(String fileName, String contentType, byte[] content) {
}
