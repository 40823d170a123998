package app.involvement.provider;

/**
 * What a lead or coordinator enters for a programme. The named lead and coordinator are user ids of
 * the provider's leads or coordinators (see {@code StaffDirectory.choices()}), or null while not named.
 */
public record ProgrammeInput(String name, HcpcProfession profession, String level, Long leadUserId,
        Long coordinatorUserId) {
}
