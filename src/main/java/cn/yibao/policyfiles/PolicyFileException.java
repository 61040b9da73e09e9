package cn.yibao.policyfiles;

/** A policy file that cannot be loaded; the message names the file and the key. */
public class PolicyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyFileException(String file, String path, String message) {
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }
}
