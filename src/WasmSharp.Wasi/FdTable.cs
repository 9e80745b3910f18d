namespace WasmSharp.Wasi;

/// <summary>The guest's descriptor table. New descriptors take the lowest free number, as POSIX does.</summary>
internal sealed class FdTable : IDisposable
{
    private readonly Dictionary<int, FdEntry> _entries = new();

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<int, FdEntry>> Entries => _entries;

    public int Insert(FdEntry entry)
    {
        int fd = 0;
        while (_entries.ContainsKey(fd))
        {
            fd++;
        }

        _entries[fd] = entry;
        return fd;
    }

    public FdEntry Get(int fd) =>
        _entries.TryGetValue(fd, out FdEntry? entry) ? entry : throw new WasiErrnoException(Errno.Badf);

    public bool TryGet(int fd, out FdEntry? entry) => _entries.TryGetValue(fd, out entry);

    public void Close(int fd)
    {
        if (!_entries.Remove(fd, out FdEntry? entry))
        {
            throw new WasiErrnoException(Errno.Badf);
        }

        entry.Dispose();
    }

    /// <summary><c>fd_renumber</c>: atomically replaces <paramref name="to"/> with <paramref name="from"/>.</summary>
    public void Renumber(int from, int to)
    {
        FdEntry source = Get(from);
        FdEntry target = Get(to);
        if (from == to)
        {
            return;
        }

        _entries.Remove(from);
        _entries[to] = source;
        target.Dispose();
    }

    public void Dispose()
    {
        foreach (FdEntry entry in _entries.Values)
        {
            entry.Dispose();
        }

        _entries.Clear();
    }
}
