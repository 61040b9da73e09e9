package cn.yibao.policy.parameters;

import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import java.util.Objects;

/** Identifies one parameter set: region, scheme and policy year. */
public record PolicyKey(Region region, Scheme scheme, int year) {

    public PolicyKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public String toString() {
        return region.code() + "/" + scheme + "/" + year;
    }
}
