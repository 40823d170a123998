package app.involvement.shared.privacy;

/** A file the person gave us (e.g. a receipt), carried in their copy as it was uploaded. */
public record PersonalDataFile(String name, String contentType, byte[] content) {
}
