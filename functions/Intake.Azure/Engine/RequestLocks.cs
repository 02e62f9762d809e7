namespace Intake.Azure.Engine;

/// <summary>
/// One gate per request inside this process. Decisions on one request from this host take turns
/// here instead of racing to the storage ETag and retrying: when twenty sources finish at once,
/// their receipts are recorded one after another without wasted round trips. The ETag still
/// guards against other hosts.
/// </summary>
internal sealed class RequestLocks
{
    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (gates)
        {
            if (!gates.TryGetValue(key, out gate!))
            {
                gate = new Gate();
                gates[key] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, gate, entered: false);
            throw;
        }

        return new Release(this, key, gate);
    }

    private void Leave(string key, Gate gate, bool entered)
    {
        if (entered)
        {
            gate.Semaphore.Release();
        }

        lock (gates)
        {
            if (--gate.Users == 0)
            {
                gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Release(RequestLocks owner, string key, Gate gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Leave(key, gate, entered: true);
            }
        }
    }
}
