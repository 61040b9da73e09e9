package cn.yibao.service;

import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;

/** Validation of request values shared by the use cases (the edge of the service). */
final class Inputs {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private Inputs() {}

    static Region region(String code) {
        Region region = Region.fromCode(code);
        if (region == null) {
            throw PolicyException.badInput("input.region", "unknown region '" + code + "'");
        }
        return region;
    }

    static int year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw PolicyException.badInput("input.year", "year " + year + " outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return year;
    }
}
