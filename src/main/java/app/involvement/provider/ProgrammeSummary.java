package app.involvement.provider;

/** A programme as lists and other modules see it. */
public record ProgrammeSummary(Long id, String name, HcpcProfession profession, String level) {
}
