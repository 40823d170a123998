package app.involvement.training;

/** A link ({@code url} set) or an uploaded file ({@code fileName}, {@code contentType}, {@code size} set). */
public record TrainingMaterial(Long id, String title, String url, String fileName, String contentType, Long size) {

    public boolean isLink() {
        return url != null;
    }
}
