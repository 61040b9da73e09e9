package cn.yibao.api.types;

import cn.yibao.persistence.PersonEntity;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Person")
@Description("A registered person. The national ID number is never returned in full.")
public record PersonView(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull @Description("First 4 and last 4 characters of the national ID, the rest starred")
                String nationalIdMasked,
        @NonNull LocalDate birthDate,
        @NonNull String region,
        @Ignore ReadAhead readAhead) {

    public static PersonView from(PersonEntity p) {
        return from(p, null);
    }

    /** {@code readAhead}: the person's lists read with it (look-ahead), or null when they were not. */
    public static PersonView from(PersonEntity p, ReadAhead readAhead) {
        return new PersonView(String.valueOf(p.id), p.name, p.nationalIdMasked, p.birthDate, p.region, readAhead);
    }
}
