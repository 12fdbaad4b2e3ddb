package io.sellerbridge.config;

import io.sellerbridge.App;
import org.apache.camel.CamelContext;

import java.time.Clock;

/**
 * The beans one configuration binds and a later one uses (App lists the configurations in the order they run).
 */
public final class Beans {

    public static final String CLOCK = "clock";

    private Beans() {
    }

    public static <T> T lookup(CamelContext context, String name, Class<T> type) {
        T bean = context.getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException("bean '" + name + "' (" + type.getSimpleName() + ") is not bound: the "
                    + "configuration that binds it must run first (App.configurations)");
        }
        return bean;
    }

    /** The bundle's clock: the system's in production, a frozen one where a test bound it first. */
    public static Clock clock(CamelContext context) {
        Clock clock = context.getRegistry().lookupByNameAndType(CLOCK, Clock.class);
        if (clock == null) {
            clock = Clock.systemUTC();
            context.getRegistry().bind(CLOCK, clock);
        }
        return clock;
    }
}
