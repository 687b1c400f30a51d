using static SecretAnalyzers.Detection.Alphabets;

namespace SecretAnalyzers.Detection;

/// <summary>The token rows of Stripe, with the validators only they use.</summary>
internal static class StripeRows
{
    public static readonly PrefixRule[] Rows =
    {
        // Stripe. Publishable keys (pk_) and object ids (cus_, pi_, price_, cs_live_, …) are public and absent on purpose.
        new("sk_live_", TokenFormats.StripeLiveSecretKey, TokenValidators.Run, Base62, 24, 247),
        new("rk_live_", TokenFormats.StripeLiveRestrictedKey, TokenValidators.Run, Base62, 24, 247),
        new("sk_test_", TokenFormats.StripeTestSecretKey, TokenValidators.Run, Base62, 24, 247),
        new("rk_test_", TokenFormats.StripeTestRestrictedKey, TokenValidators.Run, Base62, 24, 247),
        new("whsec_", TokenFormats.StripeWebhookSecret, TokenValidators.Run, Base62, 32, 64),
    };
}
