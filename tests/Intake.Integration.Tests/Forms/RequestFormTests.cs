using System.Net;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Testing;

namespace Intake.Integration.Tests.Forms;

[Collection(AzuriteCollection.Name)]
public sealed class RequestFormTests(AzuriteFixture azurite)
{
    private const string Hostile = "<script>alert(1)</script><b>x</b>";

    [Fact]
    public async Task A_valid_request_shows_the_reference_and_due_date_and_mails_the_verification_link()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/");

        var response = await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(token, PersonWeb.Access()));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pyyntösi on vastaanotettu", PersonWeb.Decoded(html), StringComparison.Ordinal);
        var reference = PersonWeb.Reference(html);
        Assert.NotNull(reference);
        var state = await host.Gateway.FindAsync(PersonWeb.Id(reference));
        Assert.NotNull(state);
        Assert.Equal(RequestType.Access, state.Type);
        Assert.Equal(Channel.WebForm, state.Request!.Channel);
        Assert.Equal(Stage.AwaitingVerification, state.Stage);
        Assert.Contains(state.CurrentDueDate!.Value.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("vahvistuslinkin", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/status/", html, StringComparison.Ordinal);

        var mail = await host.WaitForMailAsync(PersonWeb.Person, m => m.Links.Any(link => link.Name == LinkNames.Verify));
        Assert.Contains(reference, mail.Subject + mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_show_the_form_again_with_a_summary_linked_to_each_field_and_the_values_kept()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var fields = new Dictionary<string, string> { ["name"] = "Maija Meikäläinen", ["email"] = "not an address", ["customerNumber"] = "C-1001" };

        var response = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, fields));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-type\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#f-email\">", html, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-email-hint f-email-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Maija Meikäläinen\"", PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains("value=\"C-1001\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_rectification_needs_the_wrong_and_the_correct_value()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "sv/clerica/");
        var fields = PersonWeb.Access();
        fields["type"] = "rectification";

        var response = await host.Client.PostAsync("sv/clerica/", PersonWeb.Multipart(token, fields));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Berätta vilken uppgift som är fel.", PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains("Berätta vad den rätta uppgiften är.", PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains("value=\"rectification\" aria-describedby=\"type-rectification-hint\" checked", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_rectification_with_both_values_is_opened_with_them()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/");
        var fields = PersonWeb.Access();
        fields["type"] = "rectification";
        fields["wrongValue"] = "Osoite: Vanhatie 1";
        fields["correctValue"] = "Osoite: Uusitie 2";
        fields["situation"] = "ignored for this type";

        var html = await PersonWeb.ReadAsync(await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(token, fields)));

        var state = await host.Gateway.FindAsync(PersonWeb.Id(PersonWeb.Reference(html)!));
        Assert.Equal("Osoite: Vanhatie 1", state!.Request!.Details.WrongValue);
        Assert.Equal("Osoite: Uusitie 2", state.Request.Details.CorrectValue);
        Assert.Null(state.Request.Details.ParticularSituation);
    }

    [Fact]
    public async Task Markup_typed_into_any_field_is_shown_escaped_on_the_page()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var fields = new Dictionary<string, string>
        {
            ["type"] = "\"><script>x</script>",
            ["name"] = Hostile,
            ["email"] = Hostile,
            ["customerNumber"] = Hostile,
            ["details"] = Hostile,
            ["wrongValue"] = Hostile,
            ["correctValue"] = Hostile,
            ["situation"] = Hostile,
            ["onBehalf"] = "yes",
            ["agentName"] = Hostile,
            ["agentEmail"] = Hostile,
        };

        var html = await PersonWeb.ReadAsync(await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, fields)));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task Markup_in_a_request_reaches_the_staff_mail_escaped_and_line_breaks_never_reach_a_subject()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/");
        var fields = PersonWeb.Access();
        fields["name"] = "Maija <b>x</b>\r\nBcc: victim@example.com";
        fields["customerNumber"] = Hostile;
        fields["details"] = Hostile;

        var html = await PersonWeb.ReadAsync(await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(token, fields)));
        var reference = PersonWeb.Reference(html)!;
        var state = await host.Gateway.FindAsync(PersonWeb.Id(reference));
        Assert.Equal("Maija <b>x</b> Bcc: victim@example.com", state!.Request!.Subject.Name);
        var confirmed = await host.Gateway.SendAsync(state.Id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));
        Assert.Equal(Core.Gateway.GatewayOutcome.Accepted, confirmed.Outcome);

        var staff = await host.WaitForMailAsync("privacy@clerica.example", m => m.Reference == reference);
        Assert.DoesNotContain("<script>", staff.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>x</b>", staff.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", staff.Html, StringComparison.Ordinal);
        Assert.Contains("<script>", staff.Text, StringComparison.Ordinal);
        var mails = (await host.Outbox.ListAsync(100)).Mails.Where(m => m.Reference == reference).ToList();
        Assert.True(mails.Count >= 2);
        Assert.All(mails, m => Assert.DoesNotContain('\r', m.Subject));
        Assert.All(mails, m => Assert.DoesNotContain('\n', m.Subject));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing_and_shows_the_field_with_its_error()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var fields = PersonWeb.Access();
        fields["website"] = "http://spam.example";

        var response = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, fields));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#f-website\">", html, StringComparison.Ordinal);
        Assert.Contains("This field must be empty.", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
        Assert.Empty((await host.Outbox.ListAsync(10)).Mails);
    }

    [Fact]
    public async Task An_empty_honeypot_is_hidden_from_people_and_from_the_tab_order()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var html = await PersonWeb.ReadAsync(await host.Client.GetAsync("fi/clerica/"));

        Assert.Contains("<div class=\"trap\" aria-hidden=\"true\"><label for=\"f-website\">Jätä tämä kenttä tyhjäksi</label>", PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Contains("tabindex=\"-1\" autocomplete=\"off\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_a_page_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        await PersonWeb.TokenAsync(host.Client, "fi/clerica/");

        var response = await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(null, PersonWeb.Access()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("turvatunniste", await PersonWeb.ReadAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task Posting_too_often_from_one_client_gets_429_with_Retry_After()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Web:PostsPerMinute"] = "2" });
        var token = await PersonWeb.TokenAsync(host.Client, "sv/clerica/");
        var invalid = new Dictionary<string, string> { ["name"] = "x" };

        await host.Client.PostAsync("sv/clerica/", PersonWeb.Multipart(token, invalid));
        await host.Client.PostAsync("sv/clerica/", PersonWeb.Multipart(token, invalid));
        var third = await host.Client.PostAsync("sv/clerica/", PersonWeb.Multipart(token, PersonWeb.Access()));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var html = await PersonWeb.ReadAsync(third);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("För många försök", PersonWeb.Decoded(html), StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task One_address_may_open_only_so_many_requests_an_hour()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Web:RequestsPerAddressPerHour"] = "1" });
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");

        var first = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, PersonWeb.Access()));
        var second = await host.Client.PostAsync("en/clewer/", PersonWeb.Multipart(token, PersonWeb.Access("MAIJA.meikalainen@example.com")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Equal(1, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_body_over_the_cap_gets_413_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/");
        var fields = PersonWeb.Access();
        fields["onBehalf"] = "yes";
        fields["agentName"] = "Asiamies";
        fields["agentEmail"] = "asiamies@example.com";
        var huge = new byte[7 * 1024 * 1024];
        "%PDF-"u8.CopyTo(huge);

        var response = await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(token, fields, ("valtakirja.pdf", "application/pdf", huge)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Lähetys on liian suuri", PersonWeb.Decoded(await PersonWeb.ReadAsync(response)), StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task A_mandate_is_stored_under_the_request_and_mail_goes_to_the_agent()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "fi/clerica/");
        var fields = PersonWeb.Access();
        fields["onBehalf"] = "yes";
        fields["agentName"] = "Asianajaja Esimerkki";
        fields["agentEmail"] = "asianajaja@example.com";
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

        var html = await PersonWeb.ReadAsync(await host.Client.PostAsync("fi/clerica/", PersonWeb.Multipart(token, fields, ("../../valtakirja.exe", "application/octet-stream", pdf))));

        var reference = PersonWeb.Reference(html)!;
        Assert.Contains("omaan sähköpostiosoitteeseesi", PersonWeb.Decoded(html), StringComparison.Ordinal);
        var state = await host.Gateway.FindAsync(PersonWeb.Id(reference));
        var agent = state!.Request!.Agent!;
        Assert.Equal("asianajaja@example.com", agent.Email);
        Assert.Equal($"{reference}/attachments/mandate/valtakirja.pdf", agent.MandateDocument);
        var blob = host.Storage.Container(host.Storage.Options.EvidenceContainer).GetBlobClient(agent.MandateDocument);
        Assert.Equal(pdf, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        await host.WaitForMailAsync("asianajaja@example.com", m => m.Reference == reference);
    }

    [Fact]
    public async Task A_mandate_that_is_not_pdf_png_or_jpeg_is_refused_at_the_field()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var fields = PersonWeb.Access();
        fields["onBehalf"] = "yes";
        fields["agentName"] = "Agent";
        fields["agentEmail"] = "agent@example.com";

        var response = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, fields, ("mandate.pdf", "application/pdf", "GIF89a........"u8.ToArray())));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The proof of mandate must be a PDF, PNG or JPEG file.", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task An_agent_without_a_mandate_is_refused_at_the_field_and_nothing_is_stored()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var token = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var fields = PersonWeb.Access();
        fields["onBehalf"] = "yes";
        fields["agentName"] = "Agent";
        fields["agentEmail"] = "agent@example.com";

        var response = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(token, fields, null));
        var html = await PersonWeb.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Attach the proof of mandate", html, StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }
}
