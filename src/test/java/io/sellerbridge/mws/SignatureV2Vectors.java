package io.sellerbridge.mws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signature Version 2 test vectors, shared by the bundle's signer tests and the sandbox's independent verifier, from
 * shared/amazon-examples/mws/signature-v2-vectors.json. Every key and secret here is one of AWS's and Amazon's own
 * documentation placeholders (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, ...EXAMPLE...),
 * published with the examples; none is a credential.
 */
public final class SignatureV2Vectors {

    public static final String AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /** AWS General Reference, "Signature Version 2 signing process" (published, with its result). */
    public static final String AWS_PUBLISHED_STRING_TO_SIGN = "GET\nelasticmapreduce.amazonaws.com\n/\n"
            + "AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Action=DescribeJobFlows&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Timestamp=2011-10-03T15%3A19%3A30&Version=2009-03-31";
    public static final String AWS_PUBLISHED_SIGNATURE = "i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=";

    /** Derived (not published by Amazon): the MWS docs' ListOrders request parameters, Signature removed. */
    public static Map<String, String> listOrdersDocParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AWSAccessKeyId", "0PB842EXAMPLE7N4ZTR2");
        p.put("Action", "ListOrders");
        p.put("MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");
        p.put("MarketplaceId.Id.1", "ATVPDKIKX0DER");
        p.put("MarketplaceId.Id.2", "A2Q3Y263D00KWC");
        p.put("MarketplaceId.Id.3", "A1VC38T7YXB528");
        p.put("FulfillmentChannel.Channel.1", "MFN");
        p.put("PaymentMethod.Method.1", "COD");
        p.put("PaymentMethod.Method.2", "Other");
        p.put("OrderStatus.Status.1", "Unshipped");
        p.put("OrderStatus.Status.2", "PendingAvailability");
        p.put("SellerId", "A2NEXAMPLETF53");
        p.put("SignatureVersion", "2");
        p.put("SignatureMethod", "HmacSHA256");
        p.put("LastUpdatedAfter", "2017-02-01T18:12:21");
        p.put("Timestamp", "2017-02-05T18:12:21.687Z");
        p.put("Version", "2013-09-01");
        return p;
    }

    public static final String LIST_ORDERS_CANONICAL_QUERY = "AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders"
            + "&FulfillmentChannel.Channel.1=MFN&LastUpdatedAfter=2017-02-01T18%3A12%3A21"
            + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&MarketplaceId.Id.1=ATVPDKIKX0DER"
            + "&MarketplaceId.Id.2=A2Q3Y263D00KWC&MarketplaceId.Id.3=A1VC38T7YXB528&OrderStatus.Status.1=Unshipped"
            + "&OrderStatus.Status.2=PendingAvailability&PaymentMethod.Method.1=COD&PaymentMethod.Method.2=Other"
            + "&SellerId=A2NEXAMPLETF53&SignatureMethod=HmacSHA256&SignatureVersion=2"
            + "&Timestamp=2017-02-05T18%3A12%3A21.687Z&Version=2013-09-01";
    public static final String LIST_ORDERS_POST_SIGNATURE = "2yS4yKMTUcAQqk2Jd3h2xv3Sc/it23sVoZKWJaeNiLk=";
    public static final String LIST_ORDERS_GET_SIGNATURE = "Cd/j58CwBKeeFoueNK3BbP99cgynkPTk7jbjBE0FWRk=";
    public static final String LIST_ORDERS_POST_HEX_DIGEST = "db24b8c8a31351c010aa4d89777876c6fdd273f8addb7b15a1929625a78d88b9";

    private SignatureV2Vectors() {
    }
}
