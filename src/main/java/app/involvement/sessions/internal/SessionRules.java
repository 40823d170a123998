package app.involvement.sessions.internal;

import static app.involvement.sessions.SessionLimits.*;

import app.involvement.sessions.SessionInput;
import app.involvement.shared.BusinessRuleException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** The rules a session's details must meet, checked in the service whatever the form did; returns trimmed values. */
final class SessionRules {

    private SessionRules() {
    }

    static SessionInput clean(SessionInput in, LocalDate today) {
        if (in == null || in.programmeId() == null || in.activityTypeId() == null || in.heldOn() == null
                || in.startTime() == null || in.level() == null || in.kind() == null || in.offerMode() == null) {
            throw new BusinessRuleException("field.required");
        }
        String title = required(in.title(), TITLE);
        String description = required(in.description(), DESCRIPTION);
        if (in.heldOn().isBefore(today)) {
            throw new BusinessRuleException("session.in-past");
        }
        if (in.durationMinutes() < MIN_DURATION || in.durationMinutes() > MAX_DURATION) {
            throw new BusinessRuleException("session.duration-range", MIN_DURATION, MAX_DURATION);
        }
        LocalTime end = in.startTime().plusMinutes(in.durationMinutes());
        if (!end.isAfter(in.startTime())) {
            throw new BusinessRuleException("session.ends-next-day");
        }
        String place = optional(in.place(), PLACE);
        String onlineLink = link(in.onlineLink());
        if (place == null && onlineLink == null) {
            throw new BusinessRuleException("session.place-or-link");
        }
        if (in.placesTarget() < 1 || in.placesTarget() > MAX_PLACES) {
            throw new BusinessRuleException("session.target-range", MAX_PLACES);
        }
        if (in.placesMinimum() < 1 || in.placesMinimum() > in.placesTarget()) {
            throw new BusinessRuleException("session.minimum-range");
        }
        if (in.offerValidHours() < MIN_OFFER_HOURS || in.offerValidHours() > MAX_OFFER_HOURS) {
            throw new BusinessRuleException("session.offer-hours-range", MIN_OFFER_HOURS, MAX_OFFER_HOURS);
        }
        if (in.reminderDays() < 0 || in.reminderDays() > MAX_REMINDER_DAYS) {
            throw new BusinessRuleException("session.reminder-days-range", MAX_REMINDER_DAYS);
        }
        if (in.experienceRequired() && in.wantedCategoryIds().isEmpty()) {
            throw new BusinessRuleException("session.experience-required-none");
        }
        return new SessionInput(in.programmeId(), in.activityTypeId(), title, description, in.heldOn(),
                in.startTime().withSecond(0).withNano(0), in.durationMinutes(), place, onlineLink, in.placesMinimum(),
                in.placesTarget(), in.level(), in.kind(), in.wantedCategoryIds(), in.experienceRequired(),
                optional(in.preparation(), PREPARATION), link(in.preparationLink()),
                optional(in.wellbeingNotes(), WELLBEING_NOTES), optional(in.paymentNote(), PAYMENT_NOTE),
                in.confidentialityNeeded(), in.conflictCheckNeeded(), in.offerMode(), in.offerValidHours(),
                in.reminderDays());
    }

    static String required(String value, int max) {
        String clean = optional(value, max);
        if (clean == null) {
            throw new BusinessRuleException("field.required");
        }
        return clean;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.trim();
        if (clean.length() > max) {
            throw new BusinessRuleException("field.too-long", max);
        }
        return clean;
    }

    /** An https or http address, or null when blank. */
    static String link(String value) {
        String clean = optional(value, LINK);
        if (clean == null) {
            return null;
        }
        try {
            var uri = URI.create(clean);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return clean;
            }
        } catch (IllegalArgumentException notAnAddress) {
            // falls through to the clear message
        }
        throw new BusinessRuleException("session.bad-link");
    }
}
