import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Mints development tokens of citizens for load/run's mini-citizen scenario, as bin/token does (the
 * same claims, signed RS256 with dev/jwt/private.pem, valid 10 minutes), but a thousand in a second
 * instead of minutes of openssl processes. Prints "personId token" lines.
 *
 * <p>Usage: java load/CitizenTokens.java COUNT MIN_ID MAX_ID (ids drawn uniformly, with repeats).
 */
public class CitizenTokens {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long min = Long.parseLong(args[1]);
        long max = Long.parseLong(args[2]);
        String pem = Files.readString(Path.of("dev/jwt/private.pem"));
        byte[] der = Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis() / 1000;
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            long id = min + Math.floorMod(random.nextLong(), max - min + 1);
            String claims = "{\"iss\":\"yibao-dev\",\"aud\":\"yibao-api\",\"sub\":\"%d\",\"groups\":[\"CITIZEN\"],\"iat\":%d,\"exp\":%d}"
                    .formatted(id, now, now + 600);
            String signed = header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            out.append(id).append(' ').append(signed).append('.').append(b64.encodeToString(rs256.sign())).append('\n');
        }
        System.out.print(out);
    }
}
