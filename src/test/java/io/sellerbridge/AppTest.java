package io.sellerbridge;

import org.apache.camel.PropertyBindingException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Command line and property files: the dev profile is read on top of application.properties. */
class AppTest {

    /** As placeholders see it, and as Camel Main's auto-configuration (all properties loaded at once) sees it. */
    private static String resolved(String locations, String key) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setLocation(locations);
        String placeholder = context.getPropertiesComponent().resolveProperty(key).orElse(null);
        assertEquals(placeholder, context.getPropertiesComponent().loadProperties().getProperty(key), "both views agree on " + key);
        return placeholder;
    }

    @Test
    void givenTheDevProfile_thenItsFileBesideTheMainOneWins() {
        assertEquals("file:application-dev.properties,file:application.properties",
                App.propertyLocations("application.properties", "dev"));
        assertEquals("file:/etc/sb/app-dev.properties,file:/etc/sb/app.properties",
                App.propertyLocations("/etc/sb/app.properties", "dev"));
        String dev = App.propertyLocations("application.properties", "dev");
        assertEquals("true", resolved(dev, "camel.main.routes-reload-enabled"));
        assertEquals("amazon.orders.v1", resolved(dev, "kafka.topics.orders"), "other keys as in application.properties");
    }

    @Test
    void givenNoProfile_thenRouteReloadIsOffAsProductionNeeds() {
        assertEquals("false", resolved(App.propertyLocations("application.properties", null), "camel.main.routes-reload-enabled"));
    }

    @Test
    void givenAnUnknownArgument_thenItIsRefusedWithTheUsage() {
        assertEquals("unknown argument --prof=dev (use --routes=<pattern> --properties=<file> --profile=<name>)",
                assertThrows(IllegalArgumentException.class, () -> App.create("--prof=dev")).getMessage());
    }

    @Test
    void givenAKeyCamelCannotBind_thenTheErrorIsOneLineNamingTheKeyWithoutItsValue() {
        var misspeltSecret = new PropertyBindingException(new Object(), "saslJasConfig", "ScramLoginModule required password=\"s3cret\";",
                "camel.component.kafka.", "saslJasConfig", null);
        var kafkasName = new PropertyBindingException(new Object(), "sslEndpointIdentificationAlgorithm", "https",
                "camel.component.kafka.", "sslEndpointIdentificationAlgorithm", null);

        String secret = App.configurationError(new RuntimeException("wrapped", misspeltSecret)).getMessage();
        String renamed = App.configurationError(kafkasName).getMessage();

        assertEquals("camel.component.kafka.sasl-jas-config: is not an option Camel knows here (misspelt?); a Kafka client "
                + "property Camel has no option for goes in camel.component.kafka.additional-properties[<kafka property>]", secret);
        assertEquals("camel.component.kafka.ssl-endpoint-identification-algorithm: Camel names this option "
                + "camel.component.kafka.ssl-endpoint-algorithm", renamed);
    }

    @Test
    void givenAValueCamelCannotConvert_thenTheErrorSaysSoWithoutTheValue() {
        var badValue = new PropertyBindingException(new Object(), "retries", "many", "camel.component.kafka.", "retries",
                new NumberFormatException("For input string: \"many\""));

        assertEquals("camel.component.kafka.retries: has a value Camel cannot use for this option (NumberFormatException)",
                App.configurationError(badValue).getMessage());
    }
}
