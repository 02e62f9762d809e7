using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Intake.Adapters.DataProtection;

/// <summary>
/// Keeps ASP.NET Core's data protection keys (which sign antiforgery tokens) as blobs, one per key,
/// in a container of the host's storage. Every instance and every restart then reads the same key
/// ring, so a form served by one instance is accepted by another — on Azure Functions instances come
/// and go and share no disk. A key is written once under its own name and never changed; the
/// framework adds new keys before old ones expire. The keys are as secret as the storage account:
/// the container is private, reached only by the app's identity, and encrypted at rest by storage.
/// </summary>
public sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    private const string Folder = "keys/";

    private readonly Lazy<bool> created = new(() =>
    {
        container.CreateIfNotExists();
        return true;
    });

    // The framework's repository interface is synchronous; it is called rarely (the ring is cached).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = created.Value;
        var elements = new List<XElement>();
        foreach (var item in container.GetBlobs(global::Azure.Storage.Blobs.Models.BlobTraits.None, global::Azure.Storage.Blobs.Models.BlobStates.None, Folder, CancellationToken.None))
        {
            using var content = container.GetBlobClient(item.Name).DownloadStreaming().Value.Content;
            elements.Add(XElement.Load(content));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        _ = created.Value;
        using var body = new MemoryStream();
        element.Save(body, SaveOptions.DisableFormatting);
        body.Position = 0;
        try
        {
            container.GetBlobClient(Folder + Name(friendlyName) + ".xml").Upload(body, overwrite: false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Names are the framework's key ids: a second write of the same name is the same key.
        }
    }

    private static string Name(string? friendlyName) =>
        friendlyName is { Length: > 0 and <= 200 } name && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : Guid.NewGuid().ToString("N");
}
