package io.sellerbridge.sandbox;

/** An Amazon usage plan: tokens added per second and the bucket size ("burst"). */
record OperationRate(double perSecond, int burst) {
    OperationRate {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be a positive number, was " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }
}
