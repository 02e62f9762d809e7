using System.Net;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Forms;

[Collection(AzuriteCollection.Name)]
public sealed class ContactFormTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_contact_message_goes_to_staff_with_its_fields_escaped()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/contact");
        var fields = new Dictionary<string, string>
        {
            ["name"] = "Maija <i>Meikäläinen</i>",
            ["email"] = PersonWeb.Person,
            ["phone"] = "040 123 4567",
            ["industry"] = "Rakennus <script>x</script>",
            ["services"] = "Palkanlaskenta & <b>kirjanpito</b>",
            ["details"] = "Soittakaa <img src=x onerror=alert(1)>",
        };

        var response = await host.Client.PostAsync("fi/clerica/contact", PersonWeb.Encoded(token, fields));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Viestisi on vastaanotettu", PersonWeb.Decoded(html), StringComparison.Ordinal);
        var reference = PersonWeb.Reference(html)!;
        var state = await host.Gateway.FindAsync(PersonWeb.Id(reference));
        Assert.Equal(RequestType.Contact, state!.Type);
        Assert.Equal(Stage.AwaitingStaffReview, state.Stage);
        Assert.Equal("Rakennus <script>x</script>", state.Request!.Details.Industry);
        Assert.Equal("040 123 4567", state.Request.Subject.Phone);

        var staff = await host.WaitForMailAsync("privacy@clerica.example", m => m.Reference == reference);
        Assert.Equal(nameof(MailKind.ContactForStaff), staff.Kind);
        Assert.DoesNotContain("<script>", staff.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", staff.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>kirjanpito", staff.Html, StringComparison.Ordinal);
        await host.WaitForMailAsync(PersonWeb.Person, m => m.Reference == reference);
    }

    [Fact]
    public async Task The_mark_handled_link_in_the_staff_mail_closes_the_message_audited_and_it_is_purged_after_the_contact_retention()
    {
        // 0.0002 days is about 17 seconds: the whole retention passes within the test.
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Contact:HandledRetentionDays"] = "0.0002" });
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/contact");
        var sent = await host.Client.PostAsync("en/clerica/contact", PersonWeb.Encoded(token, new Dictionary<string, string> { ["name"] = "Maija", ["email"] = PersonWeb.Person }));
        var id = PersonWeb.Id(PersonWeb.Reference(await PersonWeb.ReadAsync(sent))!);
        var flow = new Links.LinkFlow(host);
        var handled = await flow.LinkAsync(id, "privacy@clerica.example", LinkNames.MarkHandled);

        var done = await flow.ActAsync(handled);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(Stage.Completed, (await host.Gateway.FindAsync(id))!.Stage);
        var trail = await host.Services.GetRequiredService<Intake.Core.Records.IRequestRecords>().AuditTrailAsync(id);
        Assert.Single(trail, record => record.EventName == "contact-handled" && record.Actor.StartsWith("staff:", StringComparison.Ordinal));
        var until = DateTime.UtcNow.AddSeconds(60);
        while (await host.Gateway.FindAsync(id) is not null && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }

        Assert.Null(await host.Gateway.FindAsync(id));
    }

    [Fact]
    public async Task Name_and_email_are_required_the_rest_is_optional()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clewer/contact");

        var response = await host.Client.PostAsync("en/clewer/contact", PersonWeb.Encoded(token, new Dictionary<string, string> { ["industry"] = "Retail" }));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#f-name\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-email\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"#f-industry\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Retail\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }
}
