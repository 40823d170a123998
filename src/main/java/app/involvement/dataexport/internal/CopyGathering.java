package app.involvement.dataexport.internal;

import app.involvement.shared.Language;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataFile;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks every module's {@link PersonalDataSource}, in {@link PersonalDataSource#order()}, what it holds about the
 * subject, in the subject's provider: each source in its own read-only transaction opened after the provider is set
 * (a transaction opened before would read no provider's rows).
 */
@Component
class CopyGathering {

    private final ObjectProvider<PersonalDataSource> sources;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    CopyGathering(ObjectProvider<PersonalDataSource> sources, PlatformTransactionManager transactions, Clock clock) {
        this.sources = sources;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    PersonalCopy gather(DataSubject subject, String providerName, Language language, DoubleConsumer progress) {
        List<PersonalDataSource> ordered = sources.stream()
                .sorted(Comparator.comparingInt(PersonalDataSource::order)).toList();
        var sections = new ArrayList<PersonalDataSection>();
        var files = new ArrayList<PersonalDataFile>();
        int done = 0;
        for (PersonalDataSource source : ordered) {
            TenantContext.runAs(subject.tenantId(), () -> readOnly.executeWithoutResult(status -> {
                sections.addAll(source.sections(subject, language.locale()));
                files.addAll(source.files(subject));
            }));
            progress.accept(++done / (double) ordered.size());
        }
        return new PersonalCopy(providerName, language, clock.instant(), sections, files);
    }
}
