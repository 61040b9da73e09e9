package cn.yibao.api.http;

import cn.yibao.policy.common.ErrorCode;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses a document the first time it is seen, with a token limit, and checks it
 * ({@link DocumentCheck}); a document that passes is remembered, so the next request with the same
 * text costs one set look-up. (SmallRye's own parse answers any failure with a message and no code,
 * and Quarkus's {@code parser-max-tokens} does not reach the parser of operations.)
 */
final class DocumentGate {

    /** Documents that passed; cleared when full (clients send a handful of distinct documents). */
    private static final int REMEMBERED = 1_000;
    /** Longer documents are checked every time: at most 1,000 × 8 KiB of text is kept. */
    private static final int REMEMBERED_LENGTH = 8_192;

    private final Set<String> passed = ConcurrentHashMap.newKeySet();
    private final ParserOptions options;
    private final int maxTokens;
    private final DocumentCheck check;

    DocumentGate(DocumentCheck check, int maxTokens) {
        this.check = check;
        this.maxTokens = maxTokens;
        this.options = ParserOptions.getDefaultOperationParserOptions()
                .transform(
                        b -> b.maxTokens(maxTokens).captureIgnoredChars(false).captureLineComments(false));
    }

    Optional<Refusal> check(String query) {
        if (passed.contains(query)) {
            return Optional.empty();
        }
        Document document;
        try {
            document = new Parser()
                    .parseDocument(ParserEnvironment.newParserEnvironment()
                            .document(query)
                            .parserOptions(options)
                            .build());
        } catch (ParseCancelledTooDeepException e) {
            return Optional.of(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-tokens", "nested too deeply"));
        } catch (ParseCancelledTooManyCharsException e) {
            return Optional.of(new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-tokens", "too many characters"));
        } catch (ParseCancelledException e) {
            return Optional.of(
                    new Refusal(ErrorCode.QUERY_TOO_COMPLEX, "graphql.max-tokens", maxTokens + " tokens or more"));
        } catch (InvalidSyntaxException e) {
            return Optional.of(new Refusal(ErrorCode.GRAPHQL_PARSE_FAILED, "graphql.syntax", e.getMessage()));
        }
        Optional<Refusal> refused = check.check(document);
        if (refused.isEmpty() && query.length() <= REMEMBERED_LENGTH) {
            if (passed.size() >= REMEMBERED) {
                passed.clear();
            }
            passed.add(query);
        }
        return refused;
    }
}
