package io.sellerbridge.notifications;

import org.apache.camel.spi.PropertiesFunction;

/**
 * {@code {{orders-schedule:poll}}}: when getOrders polls. With notifications on it is the safety net for those that
 * come late or never, on {@code spapi.notifications.backstop-schedule}; otherwise {@code spapi.orders.schedule}.
 */
public class OrdersScheduleFunction implements PropertiesFunction {

    private final String schedule;

    public OrdersScheduleFunction(boolean notifications, String pollSchedule, String backstopSchedule) {
        this.schedule = notifications ? backstopSchedule : pollSchedule;
    }

    @Override
    public String getName() {
        return "orders-schedule";
    }

    @Override
    public String apply(String ignored) {
        return schedule;
    }
}
