package cn.yibao.policy.person;

import cn.yibao.policy.common.PolicyException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * An 18-character resident identity number (GB 11643-1999): 6-digit area code, birth date
 * yyyyMMdd, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character. {@link #toString()}
 * never shows the full number: personal information is masked wherever it is printed.
 */
public final class NationalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Province-level codes of GB/T 2260 (the first two digits of the area code). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private final String value;
    private final LocalDate birthDate;

    private NationalId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates; BAD_USER_INPUT with rule id {@code input.national-id} otherwise. */
    public static NationalId parse(String raw) {
        String v = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("\\d{17}[\\dX]")) {
            throw invalid("must be 17 digits followed by a digit or X");
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            throw invalid("unknown area code");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("the birth date in it is not a date");
        }
        if (birth.getYear() < 1900) {
            throw invalid("the birth date in it is before 1900");
        }
        if (checkCharacter(v) != v.charAt(17)) {
            throw invalid("the check character does not match");
        }
        return new NationalId(v, birth);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static PolicyException invalid(String why) {
        return PolicyException.badInput("input.national-id", "national ID number invalid: " + why);
    }

    /** The full number: only for encryption and keyed hashing, never for display or logs. */
    public String reveal() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    public String areaCode() {
        return value.substring(0, 6);
    }

    /** First 4 and last 4 characters, the rest starred: {@code 3302**********123X}. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
