package cn.yibao.api.support;

import cn.yibao.policy.person.NationalId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique national ID numbers for test persons (the test database is shared and kept). */
public final class TestPeople {

    private TestPeople() {}

    /**
     * Province 33 (Zhejiang) with a random area, the birth date, a random sequence and the GB 11643
     * check character: about ten million numbers per birth date, so runs against the kept test
     * database do not collide.
     */
    public static String nationalId(LocalDate birth) {
        return nationalId(
                "33" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)), birth);
    }

    public static String nationalId(String area, LocalDate birth) {
        // Sequence 000–999 plus a random day-of-run salt in the area keeps numbers unique across runs.
        String first17 = area
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String id = first17 + NationalId.checkCharacter(first17);
        return unique(id, area, birth);
    }

    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static String unique(String id, String area, LocalDate birth) {
        return ISSUED.add(id) ? id : nationalId(area, birth);
    }
}
