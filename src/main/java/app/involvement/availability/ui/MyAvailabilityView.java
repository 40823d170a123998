package app.involvement.availability.ui;

import app.involvement.availability.AvailabilityException;
import app.involvement.availability.AvailabilityNavigation;
import app.involvement.availability.MyAvailability;
import app.involvement.availability.PartOfDay;
import app.involvement.availability.WeeklySlot;
import app.involvement.identity.Role;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * A partner's availability: tick the parts of each weekday they are usually free, and list dates
 * when that changes. Plain checkboxes and lists, so it works by keyboard and on a phone.
 */
@Route(AvailabilityNavigation.MY_AVAILABILITY)
@Menu(title = "menu.my-availability", order = 15)
@RolesAllowed(Role.Names.PARTNER)
class MyAvailabilityView extends VerticalLayout implements HasDynamicTitle {

    private final MyAvailability availability;
    private final Map<DayOfWeek, CheckboxGroup<PartOfDay>> days = new EnumMap<>(DayOfWeek.class);
    private final UnorderedList exceptionList = new UnorderedList();

    MyAvailabilityView(MyAvailability availability) {
        this.availability = availability;
        addClassName("narrow-page");
        add(new PageHeader(getTranslation("availability.title"), getTranslation("availability.lead")));
        try {
            showPattern(availability.pattern());
            add(new H2(getTranslation("availability.exceptions")),
                    new Paragraph(getTranslation("availability.exceptions.lead")), exceptionList,
                    new AddExceptionForm(availability, this::refreshExceptions));
            refreshExceptions();
        } catch (BusinessRuleException noProfile) {
            add(new Paragraph(Notices.message(noProfile)));
        }
    }

    private void showPattern(Set<WeeklySlot> pattern) {
        add(new H2(getTranslation("availability.weekly")));
        for (DayOfWeek day : DayOfWeek.values()) {
            var group = new CheckboxGroup<PartOfDay>(day.getDisplayName(TextStyle.FULL, getLocale()));
            group.setId("availability-" + day.name().toLowerCase(Locale.ROOT));
            group.setItems(PartOfDay.values());
            group.setItemLabelGenerator(p -> getTranslation("part." + p));
            pattern.stream().filter(s -> s.day() == day).map(WeeklySlot::part).forEach(group::select);
            days.put(day, group);
            add(group);
        }
        var save = new Button(getTranslation("availability.weekly.save"), e -> savePattern());
        save.setId("availability-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(save);
    }

    private void savePattern() {
        Set<WeeklySlot> slots = new HashSet<>();
        days.forEach((day, group) -> group.getSelectedItems().forEach(part -> slots.add(new WeeklySlot(day, part))));
        try {
            availability.savePattern(slots);
            Notices.success(getTranslation("availability.weekly.saved"));
        } catch (BusinessRuleException refused) {
            Notices.error(Notices.message(refused));
        }
    }

    private void refreshExceptions() {
        exceptionList.removeAll();
        var current = availability.exceptions();
        if (current.isEmpty()) {
            exceptionList.add(new ListItem(getTranslation("availability.exceptions.none")));
        }
        current.forEach(e -> exceptionList.add(item(e)));
    }

    private ListItem item(AvailabilityException e) {
        String key = e.available() ? "availability.free-between" : "availability.away-between";
        String text = getTranslation(e.note() == null ? key : key + ".note",
                UkFormats.longDate(e.from(), getLocale()), UkFormats.longDate(e.to(), getLocale()), e.note());
        var remove = new Button(getTranslation("availability.remove"), click -> {
            availability.removeException(e.id());
            refreshExceptions();
            Notices.success(getTranslation("availability.removed"));
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("availability.remove-of", text));
        return new ListItem(new Span(text), remove);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.title");
    }
}
