package cn.yibao.persistence;

import java.io.Serializable;
import java.util.Objects;

/** Key of an explanation line: its owner (enrollment or claim) and position. */
public class LineKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public Long ownerId;
    public short seq;

    public LineKey() {}

    @Override
    public boolean equals(Object o) {
        return o instanceof LineKey k && Objects.equals(k.ownerId, ownerId) && k.seq == seq;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownerId, seq);
    }
}
