package dev.parallax.db;

import io.vertx.core.json.Json;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JsonJdbcType;

/** A jsonb column read and written through the reactive client, whatever JSON it holds (arrays too). */
// Hibernate Reactive's own JSON binding turns every value into a Vert.x JsonObject, so it fails on arrays
// (hibernate/hibernate-reactive issue 4156).
public class JsonbJdbcType extends JsonJdbcType {

    public JsonbJdbcType() {
        super(null);
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setObject(index, Json.decodeValue(JsonbJdbcType.this.toString(value, javaType, options)));
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException {
                st.setObject(name, Json.decodeValue(JsonbJdbcType.this.toString(value, javaType, options)));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                return read(rs.getObject(index), options);
            }

            @Override
            protected X doExtract(CallableStatement st, int index, WrapperOptions options) throws SQLException {
                return read(st.getObject(index), options);
            }

            @Override
            protected X doExtract(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                return read(st.getObject(name), options);
            }

            // The reactive client hands jsonb over already parsed (JsonObject, JsonArray, ...).
            private X read(Object json, WrapperOptions options) throws SQLException {
                return json == null ? null : fromString(Json.encode(json), getJavaType(), options);
            }
        };
    }
}
