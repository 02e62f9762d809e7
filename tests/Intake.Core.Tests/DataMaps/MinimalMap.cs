namespace Intake.Core.Tests.DataMaps;

/// <summary>A small valid data map; tests break one thing in it at a time.</summary>
internal static class MinimalMap
{
    public const string Text = """
        {
          "schemaVersion": 1,
          "controller": {
            "id": "acme",
            "parties": [ { "name": "Acme Oy", "businessId": "1449135-7", "country": "FI" } ],
            "privacyContactEmail": "privacy@acme.example",
            "timeZone": "Europe/Helsinki",
            "calendar": "FI",
            "authority": { "name": "Ombudsman", "address": "PL 800, 00531 Helsinki", "email": "tietosuoja@om.fi" }
          },
          "purposes": {
            "sales": { "name": { "fi": "Myynti", "sv": "Försäljning", "en": "Sales" }, "legalBasis": { "fi": "Sopimus", "sv": "Avtal", "en": "Contract" } }
          },
          "categories": {
            "contact": { "name": { "fi": "Yhteystiedot", "sv": "Kontaktuppgifter", "en": "Contact details" } }
          },
          "retention": {
            "vouchers": {
              "name": { "fi": "Tositteet", "sv": "Verifikationer", "en": "Vouchers" },
              "ground": { "fi": "KPL 2:10", "sv": "BokfL 2:10", "en": "Accounting Act 2:10" },
              "period": { "column": "ordered_at", "years": 6, "from": "end-of-year-of-financial-year-end" }
            }
          },
          "sources": [
            {
              "id": "orders",
              "name": { "fi": "Tilaukset", "sv": "Beställningar", "en": "Orders" },
              "kind": "sqlite",
              "connection": "shop",
              "table": "orders",
              "key": ["id"],
              "lookup": { "email": "email" },
              "categories": ["contact"],
              "purposes": ["sales"],
              "retention": ["vouchers"],
              "actions": {
                "export": {},
                "erase": { "method": "delete-rows" },
                "restrict": { "set": { "restricted": true } }
              }
            }
          ],
          "information": {
            "recipients": { "fi": "r", "sv": "r", "en": "r" },
            "retention": { "fi": "d", "sv": "d", "en": "d" },
            "rights": { "fi": "e", "sv": "e", "en": "e" },
            "complaint": { "fi": "f", "sv": "f", "en": "f" },
            "sourceOfData": { "fi": "g", "sv": "g", "en": "g" },
            "automatedDecisions": { "fi": "h", "sv": "h", "en": "h" },
            "transfers": { "fi": "t", "sv": "t", "en": "t" }
          }
        }
        """;

    /// <summary>The 1-based line of the first line containing <paramref name="fragment"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new ArgumentException("Fragment not found: " + fragment);
    }
}
