package app.involvement.erasure.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataEraser;
import java.util.List;
import org.springframework.stereotype.Component;

/** This module's own part: the partner's reason for leaving, on every request they made, goes with the rest. */
@Component
class ErasureRequestEraser implements PersonalDataEraser {

    private final ErasureRequestRepository requests;

    ErasureRequestEraser(ErasureRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        requests.findByPartnerId(subject.partnerId()).forEach(ErasureRequestEntry::forgetReason);
    }
}
