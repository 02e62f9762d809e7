using Azure.Data.Tables;

namespace Intake.Local.SampleData;

/// <summary>The fake Azure Table sources of the sample controllers (addresses lower-case, as the forms store them).</summary>
internal static class SampleEntities
{
    public static IEnumerable<TableEntity> ClericaMarketing()
    {
        yield return new TableEntity("newsletter", "m-0001")
        {
            ["Email"] = SamplePerson.Email, ["Name"] = SamplePerson.Name, ["Interests"] = "palkanlaskenta; tilinpäätös",
            ["Subscribed"] = true, ["SubscribedAt"] = new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero), ["Restricted"] = false,
        };
        yield return new TableEntity("newsletter", "m-0002")
        {
            ["Email"] = "anna.andersson@example.org", ["Name"] = "Anna Andersson", ["Interests"] = "lön",
            ["Subscribed"] = true, ["SubscribedAt"] = new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), ["Restricted"] = false,
        };
    }

    public static IEnumerable<TableEntity> ClewerContests()
    {
        yield return new TableEntity("summer-2026", "e-0001")
        {
            ["Email"] = SamplePerson.Email, ["Name"] = SamplePerson.Name, ["Phone"] = SamplePerson.Phone, ["Address"] = "Esimerkkikatu 1 A 2, 00100 Helsinki",
            ["Answer"] = "Lämpöpumppu säästää energiaa", ["EnteredAt"] = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero),
            ["IsWinner"] = false, ["PrizeDelivered"] = false, ["Restricted"] = false,
        };
        yield return new TableEntity("summer-2026", "e-0002")
        {
            ["Email"] = "matti.virtanen@example.com", ["Name"] = "Matti Virtanen", ["Phone"] = "+358 40 000 0102", ["Address"] = "Koekuja 3, 20100 Turku",
            ["Answer"] = "Kesällä viilentää", ["EnteredAt"] = new DateTimeOffset(2026, 5, 21, 12, 0, 0, TimeSpan.Zero),
            ["IsWinner"] = true, ["PrizeDelivered"] = false, ["Restricted"] = false,
        };
        yield return new TableEntity("spring-2025", "e-0003")
        {
            ["Email"] = "liisa.korhonen@example.com", ["Name"] = "Liisa Korhonen", ["Phone"] = "+358 40 000 0103", ["Address"] = "Mallitie 7, 33100 Tampere",
            ["Answer"] = "Hiljainen", ["EnteredAt"] = new DateTimeOffset(2025, 4, 2, 12, 0, 0, TimeSpan.Zero),
            ["IsWinner"] = true, ["PrizeDelivered"] = true, ["Restricted"] = false,
        };
    }

    public static IEnumerable<TableEntity> ClewerConsents()
    {
        yield return new TableEntity("consent", "c-0001")
        {
            ["Email"] = SamplePerson.Email, ["Phone"] = SamplePerson.Phone, ["CustomerNumber"] = SamplePerson.CustomerNumber, ["EmailMarketing"] = true, ["SmsMarketing"] = true,
            ["Profiling"] = true, ["ConsentedAt"] = new DateTimeOffset(2023, 9, 9, 18, 30, 0, TimeSpan.Zero), ["Restricted"] = false,
        };
        yield return new TableEntity("consent", "c-0002")
        {
            ["Email"] = "liisa.korhonen@example.com", ["Phone"] = "+358 40 000 0103", ["EmailMarketing"] = true, ["SmsMarketing"] = false,
            ["Profiling"] = false, ["ConsentedAt"] = new DateTimeOffset(2024, 1, 5, 8, 0, 0, TimeSpan.Zero), ["Restricted"] = false,
        };
    }
}
