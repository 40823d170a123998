package app.involvement.provider.ui;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.Role;
import app.involvement.provider.ReferenceData;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The kinds of lived experience the provider wants its pool to cover, e.g. "stroke survivor". */
@Route("experience-categories")
@Menu(title = "menu.experience-categories", order = 60)
@RolesAllowed({Role.Names.LEAD, Role.Names.COORDINATOR})
class ExperienceCategoryListView extends ReferenceListView {

    ExperienceCategoryListView(ReferenceData referenceData, CurrentUser currentUser) {
        super("categories", false, currentUser, referenceData::experienceCategories,
                (name, area) -> referenceData.addExperienceCategory(name),
                (id, name, area) -> referenceData.renameExperienceCategory(id, name),
                (id, name, area) -> referenceData.replaceExperienceCategory(id, name));
    }
}
