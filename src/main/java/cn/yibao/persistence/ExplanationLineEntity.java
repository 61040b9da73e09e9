package cn.yibao.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The fields every stored explanation line has. */
@MappedSuperclass
public abstract class ExplanationLineEntity {

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String source;
}
