package dev.cmpkit.examples.acme;

import dev.cmpkit.runtime.errors.NoBillingReportException;
import dev.cmpkit.runtime.results.SpendItem;
import dev.cmpkit.runtime.results.SpendReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acme's daily bill as a CMP spend report: every instance that ran that day at its plan's hourly
 * price, in US dollars. Instances that were deleted cost nothing.
 */
final class AcmeBilling {

    private AcmeBilling() {}

    /**
     * Builds Acme's spend report for one finished day.
     *
     * @param inventory the account's inventory
     * @param day the day to report
     * @param today today, UTC: Acme bills a day once it is over
     * @return the report, with the spend of the day per instance and in total, and the month so far
     * @throws NoBillingReportException for today or a later day
     */
    static SpendReport report(AcmeData.Inventory inventory, LocalDate day, LocalDate today) {
        if (!day.isBefore(today)) {
            throw new NoBillingReportException("No billing report found: Acme bills " + day + " after it is over");
        }
        Map<String, Double> hourly = new LinkedHashMap<>();
        inventory.plans().forEach(plan -> hourly.put(plan.code(), plan.hourlyUsd()));
        SpendReport.Builder report = SpendReport.builder().currency("USD").spendDate(day);
        double total = 0;
        for (AcmeData.Instance instance : inventory.instances()) {
            Double price = hourly.get(instance.plan());
            if (price == null || "deleted".equals(instance.status())) {
                continue;
            }
            double amount = cents(price * 24);
            report.add(SpendItem.builder()
                    .remoteId(instance.uuid())
                    .resourceType("server")
                    .amount(amount)
                    .amountAccumulative(cents(amount * day.getDayOfMonth()))
                    .build());
            total += amount;
        }
        return report.amount(cents(total))
                .amountAccumulative(cents(total * day.getDayOfMonth()))
                .build();
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
