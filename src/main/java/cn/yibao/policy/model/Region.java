package cn.yibao.policy.model;

import java.util.Locale;

/**
 * Pooling regions the service knows, with their province. Policies are published for ningbo,
 * huaihua and shanghai; hangzhou is known so that family mutual aid across Zhejiang works.
 */
public enum Region {
    NINGBO(Province.ZHEJIANG, "宁波市"),
    HANGZHOU(Province.ZHEJIANG, "杭州市"),
    HUAIHUA(Province.HUNAN, "怀化市"),
    SHANGHAI(Province.SHANGHAI, "上海市");

    private final Province province;
    private final String chineseName;

    Region(Province province, String chineseName) {
        this.province = province;
        this.chineseName = chineseName;
    }

    public Province province() {
        return province;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The lower-case code used in the API and the policy files, e.g. {@code ningbo}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The region with this code, or {@code null}. */
    public static Region fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (Region r : values()) {
            if (r.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }
}
