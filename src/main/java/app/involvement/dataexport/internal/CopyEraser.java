package app.involvement.dataexport.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataEraser;
import java.util.List;
import org.springframework.stereotype.Component;

/** An erased partner's copies waiting for download go with them (in the erasure's transaction and provider). */
@Component
class CopyEraser implements PersonalDataEraser {

    private final CopyRepository copies;

    CopyEraser(CopyRepository copies) {
        this.copies = copies;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        copies.deleteByPartner(subject.partnerId());
    }
}
