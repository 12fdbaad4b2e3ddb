package io.sellerbridge.config;

/** Bad configuration, found at start-up. The message always begins with the property key at fault. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String key, String problem) {
        super(key + ": " + problem);
    }

    public ConfigurationException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
    }
}
