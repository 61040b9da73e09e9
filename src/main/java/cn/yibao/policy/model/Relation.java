package cn.yibao.policy.model;

/** Close relatives (近亲属): 配偶, 父母, 子女, 兄弟姐妹, 祖父母/外祖父母, 孙子女/外孙子女. */
public enum Relation {
    SPOUSE,
    PARENT,
    CHILD,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD
}
