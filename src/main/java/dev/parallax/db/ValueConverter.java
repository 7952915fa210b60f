package dev.parallax.db;

import dev.parallax.value.Value;
import dev.parallax.value.ValueCodec;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** The one place a stored value map (a jsonb column) becomes a {@link Value}, and back. */
@Converter
// Values are immutable records: without this, Hibernate would copy each loaded value through the map for dirty checks.
@Immutable
public class ValueConverter implements AttributeConverter<Value, Map<String, Object>> {

    @Override
    public Map<String, Object> convertToDatabaseColumn(Value value) {
        return value == null ? null : ValueCodec.toMap(value);
    }

    @Override
    public Value convertToEntityAttribute(Map<String, Object> map) {
        return map == null ? null : ValueCodec.fromMap(map);
    }
}
