using System.Net;
using Intake.Integration.Tests.Forms;
using Intake.Testing;

namespace Intake.Integration.Tests.Abuse;

/// <summary>Mail in someone's name must not flood their mailbox: not with verification mails, not with replies.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MailFloodTests(AzuriteFixture azurite)
{
    private const string Victim = "victim@example.com";
    private const string TooManySubject = "Your message was not processed";

    [Fact]
    public async Task Flooding_email_intake_in_one_senders_name_opens_only_the_limit_and_replies_once_a_window()
    {
        var settings = Attack.Shared(("Web:RequestsPerAddressPerHour", "2"), ("Inbound:SendGridSecret", Attack.Secret), ("Inbound:DefaultController", "clerica"));
        await using var first = await IntakeHost.StartAsync(azurite, settings);
        await using var second = await IntakeHost.StartAsync(azurite, settings);
        await Attack.StartOfWindowAsync(TimeSpan.FromHours(1), TimeSpan.FromMinutes(1));

        // Both doors, both instances: raw MIME and SendGrid raw mode, alternating.
        var outcomes = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var host = i % 2 == 0 ? first : second;
            var message = Attack.Mime($"Victim <{Victim}>", $"flood-{i}@attacker.example", "Erasure request", "Please delete all my personal data.");
            using var post = i % 4 < 2 ? Attack.MimePost(message) : Attack.SendGridRawPost(message, "pass", "{@example.com : pass}");
            outcomes.Add(await Attack.OutcomeAsync(await host.Client.SendAsync(post)));
        }

        Assert.Equal(2, outcomes.Count(outcome => outcome == "opened"));
        Assert.Equal(6, outcomes.Count(outcome => outcome == "throttled"));
        Assert.Equal(2, await PersonWeb.RequestCountAsync(first));
        var mails = (await first.Outbox.ListAsync(100, null, Victim)).Mails;
        Assert.Single(mails, mail => mail.Subject == TooManySubject);
        // Nothing of a held-back mail is kept: no attachments folder, no idempotency claim left behind.
        Assert.Equal(2, await ClaimsAsync(first));
    }

    [Fact]
    public async Task One_victims_address_flooded_through_every_door_opens_only_the_limit()
    {
        var settings = Attack.Shared(("Web:RequestsPerAddressPerHour", "3"), ("Web:PostsPerMinute", "0"), ("Inbound:SendGridSecret", Attack.Secret), ("Inbound:DefaultController", "clerica"));
        await using var host = await IntakeHost.StartAsync(azurite, settings);
        var formToken = await PersonWeb.TokenAsync(host.Client, "en/clerica/");
        var contactToken = await PersonWeb.TokenAsync(host.Client, "en/clerica/contact");
        await Attack.StartOfWindowAsync(TimeSpan.FromHours(1), TimeSpan.FromMinutes(1));

        var form = await host.Client.PostAsync("en/clerica/", PersonWeb.Multipart(formToken, PersonWeb.Access(Victim)));
        var contactForm = await host.Client.PostAsync("en/clerica/contact", PersonWeb.Multipart(contactToken, new Dictionary<string, string> { ["name"] = "Victim", ["email"] = Victim.ToUpperInvariant() }));
        var api = await host.Client.PostAsync("api/requests", Attack.AccessRequest(Victim));
        using var mime = Attack.MimePost(Attack.Mime(Victim, "door-1@attacker.example", "Access request", "I want a copy of my data."));
        var mail = await Attack.OutcomeAsync(await host.Client.SendAsync(mime));
        using var sendGrid = Attack.SendGridRawPost(Attack.Mime(Victim, "door-2@attacker.example", "Access request", "I want a copy of my data."));
        var sendGridMail = await Attack.OutcomeAsync(await host.Client.SendAsync(sendGrid));
        var apiContact = await host.Client.PostAsync("api/contact", Attack.ContactMessage(" " + Victim + " ", "Victim"));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contactForm.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        Assert.Equal("throttled", mail);
        Assert.Equal("throttled", sendGridMail);
        Assert.Equal(HttpStatusCode.TooManyRequests, apiContact.StatusCode);
        Assert.NotNull(apiContact.Headers.RetryAfter);
        Assert.Equal(3, await PersonWeb.RequestCountAsync(host));
    }

    private static async Task<int> ClaimsAsync(IntakeHost host)
    {
        var table = host.Storage.Table(host.Storage.Options.IdempotencyTable);
        var count = 0;
        await foreach (var _ in table.QueryAsync<global::Azure.Data.Tables.TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
