package app.involvement.pool.internal;

import app.involvement.pool.AccessNeed;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Access needs as one comma-separated column: a short, fixed set that is read whole and never filtered. */
@Converter
class AccessNeedsConverter implements AttributeConverter<Set<AccessNeed>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AccessNeed> needs) {
        return needs == null || needs.isEmpty() ? null
                : needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<AccessNeed> convertToEntityAttribute(String column) {
        Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).forEach(n -> needs.add(AccessNeed.valueOf(n)));
        }
        return needs;
    }
}
