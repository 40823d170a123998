package app.involvement.dataexport.internal;

import app.involvement.shared.Language;
import app.involvement.shared.privacy.PersonalDataFile;
import app.involvement.shared.privacy.PersonalDataSection;
import java.time.Instant;
import java.util.List;

/** Everything gathered for one copy, before it is written as PDF, JSON and ZIP. */
record PersonalCopy(String providerName, Language language, Instant madeAt, List<PersonalDataSection> sections,
        List<PersonalDataFile> files) {

    PersonalCopy {
        sections = List.copyOf(sections);
        files = List.copyOf(files);
    }
}
