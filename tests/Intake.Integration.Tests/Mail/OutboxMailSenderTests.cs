using Azure.Data.Tables;
using Intake.Core.Notifications;
using Intake.Local.Outbox;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Integration.Tests.Mail;

[Collection(AzuriteCollection.Name)]
public sealed class OutboxMailSenderTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_kept_mail_reads_back_whole_with_its_links()
    {
        var outbox = NewOutbox();
        var mail = MailSamples.Verification();

        await outbox.SendAsync(mail, "effect-R-1-verify");

        var listed = Assert.Single((await outbox.ListAsync()).Mails);
        var read = await outbox.GetAsync(listed.Id);
        Assert.NotNull(read);
        Assert.Equal(mail.To, read.To);
        Assert.Equal(mail.Subject, read.Subject);
        Assert.Equal(mail.Text, read.Text);
        Assert.Equal(mail.Html, read.Html);
        Assert.Equal(mail.Links, read.Links);
        Assert.Equal(Monday, read.SentAt);
        Assert.Equal("effect-R-1-verify", read.IdempotencyKey);
        Assert.Equal(MailSamples.Reference.Value, read.Reference);
        Assert.Equal("VerificationRequested", read.Kind);
    }

    [Fact]
    public async Task Sending_again_with_the_same_key_keeps_the_first_mail_only()
    {
        var outbox = NewOutbox();

        await outbox.SendAsync(MailSamples.Verification("first@example.fi"), "effect-same");
        await outbox.SendAsync(MailSamples.Verification("second@example.fi"), "effect-same");

        var kept = Assert.Single((await outbox.ListAsync()).Mails);
        Assert.Equal("first@example.fi", kept.To);
    }

    [Fact]
    public async Task Concurrent_sends_with_the_same_key_store_exactly_one_mail()
    {
        var outbox = NewOutbox();
        await outbox.ListAsync(); // create the table first, so the race is on the mail, not the table
        var mail = MailSamples.Verification();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => outbox.SendAsync(mail, "effect-raced"))));

        Assert.Single((await outbox.ListAsync(pageSize: 50)).Mails);
    }

    [Fact]
    public async Task Different_keys_are_different_mails()
    {
        var outbox = NewOutbox();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => outbox.SendAsync(MailSamples.Verification(), $"effect-{i}")));

        Assert.Equal(8, (await outbox.ListAsync(pageSize: 50)).Mails.Count);
    }

    [Fact]
    public async Task Listing_is_newest_first_in_pages()
    {
        var outbox = NewOutbox();
        for (var i = 1; i <= 5; i++)
        {
            await outbox.SendAsync(MailSamples.Verification($"person{i}@example.fi"), $"effect-{i}");
        }

        var first = await outbox.ListAsync(pageSize: 2);
        var second = await outbox.ListAsync(pageSize: 2, continuationToken: first.ContinuationToken);
        var third = await outbox.ListAsync(pageSize: 2, continuationToken: second.ContinuationToken);

        Assert.Equal(["person5@example.fi", "person4@example.fi"], first.Mails.Select(mail => mail.To));
        Assert.Equal(["person3@example.fi", "person2@example.fi"], second.Mails.Select(mail => mail.To));
        Assert.Equal(["person1@example.fi"], third.Mails.Select(mail => mail.To));
        Assert.Null(third.ContinuationToken);
    }

    [Fact]
    public async Task Listing_by_recipient_ignores_case_and_fills_the_page()
    {
        var outbox = NewOutbox();
        for (var i = 1; i <= 6; i++)
        {
            await outbox.SendAsync(MailSamples.Verification(i % 2 == 0 ? "Anna.Virtanen@Example.fi" : "other@example.fi"), $"effect-{i}");
        }

        var page = await outbox.ListAsync(pageSize: 3, to: "anna.virtanen@example.fi");

        Assert.Equal(3, page.Mails.Count);
        Assert.All(page.Mails, mail => Assert.Equal("Anna.Virtanen@Example.fi", mail.To));
        Assert.Equal(["effect-6", "effect-4", "effect-2"], page.Mails.Select(mail => mail.IdempotencyKey));
    }

    [Fact]
    public async Task A_body_larger_than_one_table_property_round_trips()
    {
        var outbox = NewOutbox();

        // An emoji straddles the first 30,000-character boundary, which must not split its surrogate pair.
        var html = new string('a', OutboxMailSender.BodyPartLength - 1) + "\U0001F600" + string.Concat(Enumerable.Repeat("<p>Tietosuoja ä ö å</p>", 8_000));
        var mail = MailSamples.Verification() with { Html = html };

        await outbox.SendAsync(mail, "effect-large");

        var read = Assert.Single((await outbox.ListAsync()).Mails);
        Assert.True(html.Length > 3 * OutboxMailSender.BodyPartLength);
        Assert.Equal(html, read.Html);
    }

    [Fact]
    public async Task A_body_larger_than_a_row_is_refused_for_good()
    {
        var outbox = NewOutbox();
        var mail = MailSamples.Verification() with { Html = new string('x', OutboxMailSender.MaxBodyLength) };

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => outbox.SendAsync(mail, "effect-huge"));

        Assert.False(error.IsRetryable);
        Assert.Empty((await outbox.ListAsync()).Mails);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("9999999999999999999-000000000000")]
    [InlineData("' or RowKey ne '")]
    public async Task An_unknown_or_malformed_id_finds_nothing(string id)
    {
        var outbox = NewOutbox();
        await outbox.SendAsync(MailSamples.Verification(), "effect-1");

        Assert.Null(await outbox.GetAsync(id));
    }

    [Fact]
    public async Task A_display_name_in_to_is_refused()
    {
        var outbox = NewOutbox();
        var mail = MailSamples.Verification() with { To = "Anna <anna@example.fi>" };

        await Assert.ThrowsAsync<ArgumentException>(() => outbox.SendAsync(mail, "effect-1"));
    }

    private OutboxMailSender NewOutbox() =>
        new(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new OutboxOptions { TableName = "outbox" + Guid.NewGuid().ToString("N")[..12] }),
            // Each read of the clock is a minute after the last, so stored mails have distinct, ordered times; the first mail is sent on Monday at eight.
            new FakeTimeProvider(Monday) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) },
            NullLogger<OutboxMailSender>.Instance);
}
