package cn.yibao.policy.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * A parameter value with its source, or the statement that the policy documents do not publish
 * it ("NP"). An NP value is never replaced by a guess: asking for it fails with
 * {@link ErrorCode#POLICY_NOT_PUBLISHED}.
 */
public sealed interface Param<T> permits Param.Published, Param.NotPublished {

    Source source();

    boolean isPublished();

    /** The value, or {@link PolicyException} with POLICY_NOT_PUBLISHED naming {@code ruleId}. */
    T require(String ruleId);

    /** The value, or {@code null} when not published (for optional results such as a subsidy). */
    T orNull();

    <R> Param<R> map(Function<T, R> f);

    static <T> Param<T> published(T value, Source source) {
        return new Published<>(value, source);
    }

    static <T> Param<T> notPublished(String note, Source source) {
        return new NotPublished<>(note, source);
    }

    record Published<T>(T value, Source source) implements Param<T> {
        public Published {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public boolean isPublished() {
            return true;
        }

        @Override
        public T require(String ruleId) {
            return value;
        }

        @Override
        public T orNull() {
            return value;
        }

        @Override
        public <R> Param<R> map(Function<T, R> f) {
            return new Published<>(f.apply(value), source);
        }
    }

    /** {@code note} says what is missing; {@code source} is the document that is silent. */
    record NotPublished<T>(String note, Source source) implements Param<T> {
        public NotPublished {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public boolean isPublished() {
            return false;
        }

        @Override
        public T require(String ruleId) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    ruleId,
                    "not published in the sources: " + note + " — " + source.cite());
        }

        @Override
        public T orNull() {
            return null;
        }

        @Override
        public <R> Param<R> map(Function<T, R> f) {
            return new NotPublished<>(note, source);
        }
    }
}
