using System.Text.Json;
using Intake.Orchestration;

namespace Intake.Infra.Tests.Settings;

/// <summary>
/// The Functions host cannot run here, so its contract is checked where it is written down: the
/// function metadata the Worker SDK generates at build. A renamed orchestrator or activity, a lost
/// trigger or a changed route breaks this test here instead of a deployment in Azure.
/// </summary>
public sealed class FunctionMetadataTests
{
    /// <summary>Every function: its trigger, its route (HTTP) and its binding names, in the order bound.</summary>
    public static TheoryData<string, string, string?, string> Functions => new()
    {
        { ProcessNames.Orchestrator, "orchestrationTrigger", null, "context" },
        { ProcessNames.RunEffect, "activityTrigger", null, "input" },
        { ProcessNames.PublishRequest, "activityTrigger", null, "input" },
        { "PurgeEndedRequestHistory", "timerTrigger", null, "timer client" },
        { "Health", "httpTrigger", "healthz", "request $return" },
        { "FrontPage", "httpTrigger", "{lang:length(2)?}", "request $return" },
        { "RequestForm", "httpTrigger", "{lang:length(2)}/{controller}", "request client $return" },
        { "ContactForm", "httpTrigger", "{lang:length(2)}/{controller}/contact", "request client $return" },
        { "StatusPage", "httpTrigger", "status/{token}", "request client $return" },
        { "StatusPageInLanguage", "httpTrigger", "{lang:length(2)}/status/{token}", "request client $return" },
        { "StatusAction", "httpTrigger", "{lang:length(2)}/status/{token}/{action:regex(^(withdraw|resend|answer)$)}", "request client $return" },
        { "ApiOpenRequest", "httpTrigger", "api/requests", "request client $return" },
        { "ApiContact", "httpTrigger", "api/contact", "request client $return" },
        { "InboundSendGrid", "httpTrigger", "api/inbound/sendgrid", "request client $return" },
        { "InboundMime", "httpTrigger", "api/inbound/mime", "request client $return" },
        { "ActingLink", "httpTrigger", "l/{token}", "request client $return" },
        { "ActingLinkInLanguage", "httpTrigger", "{lang:length(2)}/l/{token}", "request client $return" },
        { "Download", "httpTrigger", "d/{token}", "request client $return" },
        { "StaffOverview", "httpTrigger", "staff/{token}", "request $return" },
        { "StaffMandate", "httpTrigger", "m/{token}", "request client $return" },
        { "StaffRequestDetail", "httpTrigger", "staff/{token}/requests/{id}", "request client $return" },
        { "AccountabilityReport", "httpTrigger", "staff/{token}/report", "request $return" },
        { "AccountabilityReportCsv", "httpTrigger", "staff/{token}/report.csv", "request $return" },
        { "AccountabilityReportJson", "httpTrigger", "staff/{token}/report.json", "request $return" },
        { "SourceCallback", "httpTrigger", "callbacks/sources/{token?}", "request client $return" },
        { "Stylesheet", "httpTrigger", "assets/intake.css", "request $return" },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_is_bound_with_its_trigger_route_and_bindings(string name, string trigger, string? route, string bindings)
    {
        var function = Metadata().SingleOrDefault(f => f.GetProperty("name").GetString() == name);

        Assert.True(function.ValueKind == JsonValueKind.Object, $"the Functions app binds no function named {name}");
        var bound = function.GetProperty("bindings").EnumerateArray().ToList();
        Assert.Equal(trigger, bound[0].GetProperty("type").GetString());
        Assert.Equal(route, bound[0].TryGetProperty("route", out var r) ? r.GetString() : null);
        Assert.Equal(bindings, string.Join(' ', bound.Select(b => b.GetProperty("name").GetString())));
    }

    [Fact]
    public void The_app_binds_no_function_beyond_the_known_ones()
    {
        var known = Functions.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Metadata().Select(f => f.GetProperty("name").GetString()), name => !known.Contains(name!));
    }

    [Fact]
    public void Every_function_that_reaches_the_process_gets_a_durable_client()
    {
        foreach (var function in Metadata().Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("name").GetString() == "client")))
        {
            Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "durableClient");
        }
    }

    private static List<JsonElement> Metadata()
    {
        var path = RepositoryLayout.FunctionsMetadata;
        Assert.True(File.Exists(path), $"{path} is missing: build the Functions app first (scripts/build-functions.sh, which test.sh runs).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(element => element.Clone()).ToList();
    }
}
