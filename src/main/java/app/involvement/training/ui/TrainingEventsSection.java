package app.involvement.training.ui;

import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import app.involvement.training.TrainingEventInput;
import app.involvement.training.TrainingEventView;
import app.involvement.training.TrainingEvents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A module's upcoming sessions for staff: places booked, attendance, and a form to schedule one. */
class TrainingEventsSection extends VerticalLayout {

    private final TrainingEvents events;
    private final Long moduleId;
    private final UnorderedList list = new UnorderedList();

    TrainingEventsSection(TrainingEvents events, Long moduleId) {
        this.events = events;
        this.moduleId = moduleId;
        setPadding(false);
        list.setId("training-events");
        add(new H2(getTranslation("training.events")), list, form());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var upcoming = events.forModule(moduleId);
        if (upcoming.isEmpty()) {
            list.add(new ListItem(getTranslation("training.events.none")));
        }
        upcoming.forEach(e -> list.add(row(e)));
    }

    private ListItem row(TrainingEventView event) {
        String text = getTranslation("training.event.booked", EventTexts.whenAndWhere(this, event), event.booked(),
                event.places());
        var attendance = new Button(getTranslation("training.event.attendance"),
                click -> new AttendanceDialog(events, event, this::refresh).open());
        attendance.setAriaLabel(getTranslation("training.event.attendance-of", text));
        attendance.addThemeVariants(ButtonVariant.TERTIARY);
        return new ListItem(new Span(text), attendance);
    }

    private VerticalLayout form() {
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        var day = UkDatePickers.ukFormat(new DatePicker(getTranslation("training.event.day")));
        day.setId("training-event-day");
        day.setMin(today);
        var time = new TextField(getTranslation("training.event.time"));
        time.setId("training-event-time");
        time.setMaxLength(5);
        time.setHelperText(getTranslation("training.event.time.help"));
        var place = new TextField(getTranslation("training.event.place"));
        place.setId("training-event-place");
        place.setMaxLength(TrainingEvents.PLACE);
        place.setHelperText(getTranslation("training.event.place.help"));
        var online = new Checkbox(getTranslation("training.event.is-online"));
        var places = new IntegerField(getTranslation("training.event.places"));
        places.setId("training-event-places");
        places.setMin(1);
        places.setMax(TrainingEvents.MAX_PLACES);
        var add = new Button(getTranslation("training.event.add"), click -> {
            try {
                events.schedule(moduleId, new TrainingEventInput(day.getValue(), time.getValue(), place.getValue(),
                        online.getValue(), places.getValue() == null ? 0 : places.getValue()));
                day.clear();
                time.clear();
                place.clear();
                places.clear();
                refresh();
                Notices.success(getTranslation("training.event.added"));
            } catch (BusinessRuleException refused) {
                Notices.error(Notices.message(refused));
            }
        });
        add.setId("training-event-add");
        var form = new VerticalLayout(new H3(getTranslation("training.event.add")), day, time, place, online, places, add);
        form.setPadding(false);
        form.addClassName("stacked-form");
        return form;
    }
}
