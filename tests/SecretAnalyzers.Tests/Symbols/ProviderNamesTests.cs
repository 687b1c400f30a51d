using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecretAnalyzers.Tests.Infrastructure;

namespace SecretAnalyzers.Tests.Symbols;

/// <summary>
/// Whether a compilation names Twilio anywhere a called method could take it from: only then does the context check of
/// a 32-character (MD5-shaped) positional argument bind the call.
/// </summary>
public class ProviderNamesTests
{
    [Fact]
    public void A_compilation_that_names_no_twilio_does_not()
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library("AWSSDK.Core", "namespace Amazon.Runtime { public class Twil { } }") },
            "namespace Shop { class Program { void Send(string to, string token) { } } }");

        Assert.False(ProviderNames.MayNameTwilio(compilation, CancellationToken.None));
    }

    [Theory]
    [InlineData("Twilio", "namespace Vendor.Rest { public class Client { } }")]
    [InlineData("Vendor.Messaging", "namespace Vendor.Messaging.Twilio { public class Sms { } }")]
    [InlineData("Vendor.Messaging", "namespace Acme { public class TwilioSender { } }")]
    public void A_reference_names_twilio_by_its_assembly_a_namespace_at_any_depth_or_a_type(string assemblyName, string source)
    {
        var compilation = TestCompilations.Consumer(new[] { TestCompilations.Library(assemblyName, source) }, "class Program { }");

        Assert.True(ProviderNames.MayNameTwilio(compilation, CancellationToken.None));
    }

    [Theory]
    [InlineData("namespace Twilio.Clients { public class SmsClient { } }")]
    [InlineData("class Notifier { class TwilioOptions { } }")]
    [InlineData("class Sms { public static void Send(string sid, string twilioAuthToken) { } }")]
    public void Source_names_twilio_anywhere_in_its_text(string source)
    {
        Assert.True(ProviderNames.MayNameTwilio(TestCompilations.Consumer(new MetadataReference[0], source), CancellationToken.None));
    }

    [Fact]
    public void A_name_across_the_boundary_of_two_chunks_read_is_found()
    {
        // The text is read 8,192 characters at a time: the word starts four characters before the second chunk.
        var comment = "// " + new string('x', 8192 - 3 - 4);
        var source = comment + "TWILIO\nclass Program { }";

        Assert.True(ProviderNames.MayNameTwilio(TestCompilations.Consumer(new MetadataReference[0], source), CancellationToken.None));
        Assert.False(ProviderNames.MayNameTwilio(TestCompilations.Consumer(new MetadataReference[0], comment + "TWILI\nclass Program { }"), CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_analysis_stops_reading_and_leaves_no_answer_behind()
    {
        // Reading every file of a large project is a loop the host must be able to stop; what was not finished is not kept.
        var compilation = TestCompilations.Consumer(new MetadataReference[0], "namespace Shop { class TwilioSender { } }");

        Assert.ThrowsAny<OperationCanceledException>(() => ProviderNames.MayNameTwilio(compilation, new CancellationToken(canceled: true)));
        Assert.True(ProviderNames.MayNameTwilio(compilation, CancellationToken.None));
    }
}
