package app.involvement.provider.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.provider.ReferenceData;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The kinds of involvement activity, each in one HCPC area (learner-facing, governance, quality improvement, research). */
@Route("activity-types")
@Menu(title = "menu.activity-types", order = 65)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ActivityTypeListView extends ReferenceListView {

    ActivityTypeListView(ReferenceData referenceData, CurrentUser currentUser) {
        super("activity-types", true, currentUser, referenceData::activityTypes, referenceData::addActivityType,
                referenceData::changeActivityType);
    }
}
