package cn.yibao.persistence;

import cn.yibao.policy.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads rows into detached entities with plain JDBC, column by column as the entity's own JPA
 * mapping names them ({@code @Column(name)}, else the field name in snake case, Quarkus' default
 * naming), so there is one mapping, not two. For the hot read path ({@link PersonListsReader}),
 * where Hibernate's query machinery cost more than the SQL. Handles the field types our entities
 * use: numbers, booleans, strings, bytes, dates, timestamps, enums (by name) and {@link Money}.
 */
final class EntityRows<T> {

    private final Class<T> type;
    private final String table;
    private final List<Field> fields;
    /** Per field, in order, how its column is read: chosen once, not per row. */
    private final List<ColumnReader> readers;

    private final Constructor<T> constructor;

    /** Reads column {@code i} of the current row as the field's type (null for SQL NULL, but for primitives). */
    @FunctionalInterface
    private interface ColumnReader {
        Object read(ResultSet rs, int i) throws SQLException;
    }

    private EntityRows(Class<T> type) {
        this.type = type;
        this.table = type.getAnnotation(Table.class).name();
        List<Field> persistent = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                boolean enhancement = f.isSynthetic() || f.getName().startsWith("$$_"); // Hibernate's own
                if (!Modifier.isStatic(m)
                        && !Modifier.isTransient(m)
                        && !enhancement
                        && !f.isAnnotationPresent(Transient.class)) {
                    persistent.add(f);
                }
            }
        }
        this.fields = List.copyOf(persistent);
        this.readers = fields.stream().map(f -> reader(f.getType())).toList();
        try {
            this.constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no no-argument constructor", e);
        }
    }

    static <T> EntityRows<T> of(Class<T> type) {
        return new EntityRows<>(type);
    }

    String table() {
        return table;
    }

    /** The select list, each column qualified by {@code alias}, in the order {@link #read} reads them. */
    String columns(String alias) {
        return fields.stream().map(f -> alias + "." + column(f)).collect(Collectors.joining(", "));
    }

    /** The current row; the select list must be {@link #columns}. */
    T read(ResultSet rs) throws SQLException {
        try {
            T entity = constructor.newInstance();
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).set(entity, readers.get(i).read(rs, i + 1));
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from a row", e);
        }
    }

    static String column(Field f) {
        Column c = f.getAnnotation(Column.class);
        if (c != null && !c.name().isEmpty()) {
            return c.name();
        }
        return f.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnReader reader(Class<?> t) {
        if (t == long.class) {
            return ResultSet::getLong;
        } else if (t == int.class) {
            return ResultSet::getInt;
        } else if (t == short.class) {
            return ResultSet::getShort;
        } else if (t == boolean.class) {
            return ResultSet::getBoolean;
        } else if (t == Long.class) {
            return nullable(ResultSet::getLong);
        } else if (t == Integer.class) {
            return nullable(ResultSet::getInt);
        } else if (t == String.class) {
            return ResultSet::getString;
        } else if (t == BigDecimal.class) {
            return ResultSet::getBigDecimal;
        } else if (t == Money.class) {
            return (rs, i) -> {
                BigDecimal yuan = rs.getBigDecimal(i);
                return yuan == null ? null : new Money(yuan);
            };
        } else if (t == LocalDate.class) {
            return (rs, i) -> rs.getObject(i, LocalDate.class);
        } else if (t == OffsetDateTime.class) {
            return (rs, i) -> rs.getObject(i, OffsetDateTime.class);
        } else if (t == byte[].class) {
            return ResultSet::getBytes;
        } else if (t.isEnum()) {
            return (rs, i) -> {
                String name = rs.getString(i);
                return name == null ? null : Enum.valueOf((Class) t, name);
            };
        }
        throw new IllegalStateException("no JDBC reading for a field of type " + t.getName());
    }

    /** A primitive getter's value, or null when the column was SQL NULL. */
    private static ColumnReader nullable(ColumnReader primitive) {
        return (rs, i) -> {
            Object v = primitive.read(rs, i);
            return rs.wasNull() ? null : v;
        };
    }
}
