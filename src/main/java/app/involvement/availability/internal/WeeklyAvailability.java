package app.involvement.availability.internal;

import app.involvement.availability.PartOfDay;
import app.involvement.availability.WeeklySlot;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One part of a weekday a partner is usually free. */
@Entity
@Table(name = "weekly_availability")
class WeeklyAvailability extends TenantScopedEntity {

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    /** ISO day of week, Monday = 1. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "part_of_day", nullable = false, length = 10)
    private PartOfDay part;

    protected WeeklyAvailability() {
    }

    WeeklyAvailability(Long partnerId, WeeklySlot slot) {
        this.partnerId = partnerId;
        this.dayOfWeek = slot.day().getValue();
        this.part = slot.part();
    }

    WeeklySlot slot() {
        return new WeeklySlot(DayOfWeek.of(dayOfWeek), part);
    }
}
