package app.involvement.provider;

/** An experience category or activity type as lists show it; {@code area} is null for categories. */
public record ReferenceItem(Long id, String name, ActivityArea area) {
}
