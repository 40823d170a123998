package app.involvement.provider;

/** One programme with its named involvement lead and coordinator (user ids, null when not named). */
public record ProgrammeDetails(Long id, String name, HcpcProfession profession, String level, Long leadUserId,
        Long coordinatorUserId) {

    public ProgrammeInput toInput() {
        return new ProgrammeInput(name, profession, level, leadUserId, coordinatorUserId);
    }
}
