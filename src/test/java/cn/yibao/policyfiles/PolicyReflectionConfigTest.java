package cn.yibao.policyfiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.ResidentPolicy;
import cn.yibao.policy.parameters.SupplementaryPolicy;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The native executable keeps for reflection only what is registered: every record the loader
 * builds through its canonical constructor, and every sealed interface whose permitted subclasses
 * it lists, must be in {@link PolicyReflectionConfig}. (Enum constants need no registration.)
 */
class PolicyReflectionConfigTest {

    /** Records RecordMapper builds with {@code new}, not reflectively. */
    private static final Set<Class<?>> BUILT_DIRECTLY = Set.of(Money.class, Rate.class, Source.class);

    /** The types RecordMapper walks from the roots PolicyFileLoader reads, as RecordMapper does. */
    private static Set<Class<?>> reflectedFrom(Class<?>... roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> root : roots) {
            walk(root, seen);
        }
        return seen;
    }

    private static void walk(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                walk(arg, seen);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (!c.getName().startsWith("cn.yibao.") || c.isEnum() || BUILT_DIRECTLY.contains(c) || !seen.add(c)) {
            return;
        }
        if (c.isSealed() && c.isInterface()) {
            Arrays.stream(c.getPermittedSubclasses()).forEach(k -> walk(k, seen));
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                walk(rc.getGenericType(), seen);
            }
        }
    }

    @Test
    void every_record_and_sealed_interface_the_loader_reflects_on_is_registered() {
        Set<Class<?>> registered = Set.of(PolicyReflectionConfig.class
                .getAnnotation(RegisterForReflection.class)
                .targets());
        Set<Class<?>> needed = new LinkedHashSet<>();
        for (Class<?> c : reflectedFrom(ResidentPolicy.class, EmployeePolicy.class, SupplementaryPolicy.class)) {
            if (c.isRecord() || (c.isSealed() && c.isInterface())) {
                needed.add(c);
            }
        }
        assertThat(needed)
                .as("records and sealed interfaces read from policy files")
                .hasSizeGreaterThan(20);
        assertThat(registered).containsAll(needed);
    }
}
