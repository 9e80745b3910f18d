namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// Byte-level mutations of a module binary: bit flips, interesting bytes, insertions, deletions, splices from
/// other modules, LEB128 rewrites, and section-level edits (size fields, duplication, swapping, removal).
/// </summary>
internal static class BinaryMutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x41, 0x60, 0x6F, 0x70, 0x7B, 0xFB, 0xFC, 0xFD, 0x0B, 0x05];

    private static readonly ulong[] InterestingLebValues =
    [
        0, 1, 2, 0x3F, 0x40, 0x7F, 0x80, 0xFF, 0x3FFF, 0x4000, 0xFFFF, 0x10000, 65536, 65537, 0x7FFFFFFF, 0x80000000,
        0xFFFFFFFF, 0x100000000, 0xFFFFFFFFFFFFFFFF,
    ];

    /// <summary>Applies 1 to 4 random mutations to a copy of <paramref name="module"/>; describes them in <paramref name="log"/>.</summary>
    public static byte[] Mutate(byte[] module, IReadOnlyList<byte[]> corpus, Random random, List<string> log)
    {
        var bytes = new List<byte>(module);
        // One mutation most of the time: a module with one defect gets furthest into the pipeline.
        int count = random.Next(3) == 0 ? 1 + random.Next(4) : 1;
        for (int i = 0; i < count; i++)
        {
            MutateOnce(bytes, corpus, random, log);
        }

        return bytes.ToArray();
    }

    private static void MutateOnce(List<byte> bytes, IReadOnlyList<byte[]> corpus, Random random, List<string> log)
    {
        if (bytes.Count == 0)
        {
            bytes.Add(InterestingBytes[random.Next(InterestingBytes.Length)]);
            log.Add("append byte to empty input");
            return;
        }

        // Mutations past the 8-byte preamble are the interesting ones; the preamble is hit now and then too.
        int Position() => random.Next(10) == 0 ? random.Next(bytes.Count) : Math.Min(bytes.Count - 1, 8 + random.Next(Math.Max(1, bytes.Count - 8)));
        switch (random.Next(10))
        {
            case 0:
            {
                int at = Position();
                int bit = random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                log.Add($"flip bit {bit} at {at}");
                break;
            }

            case 1:
            {
                int at = Position();
                byte value = InterestingBytes[random.Next(InterestingBytes.Length)];
                bytes[at] = value;
                log.Add($"set byte {at} to 0x{value:x2}");
                break;
            }

            case 2:
            {
                int at = Position();
                var inserted = new byte[1 + random.Next(8)];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                log.Add($"insert {inserted.Length} random bytes at {at}");
                break;
            }

            case 3:
            {
                int at = Position();
                int length = Math.Min(bytes.Count - at, 1 + random.Next(16));
                bytes.RemoveRange(at, length);
                log.Add($"delete {length} bytes at {at}");
                break;
            }

            case 4:
            {
                byte[] donor = corpus[random.Next(corpus.Count)];
                int from = random.Next(donor.Length);
                int length = Math.Min(donor.Length - from, 1 + random.Next(64));
                int at = Position();
                bool replace = random.Next(2) == 0;
                if (replace)
                {
                    bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                }

                bytes.InsertRange(at, donor.Skip(from).Take(length));
                log.Add($"splice {length} bytes of another module ({(replace ? "replacing" : "inserted")}) at {at}");
                break;
            }

            case 5:
            {
                int from = Position();
                int length = Math.Min(bytes.Count - from, 1 + random.Next(32));
                byte[] chunk = bytes.GetRange(from, length).ToArray();
                int at = Position();
                bytes.InsertRange(at, chunk);
                log.Add($"duplicate {length} bytes from {from} at {at}");
                break;
            }

            case 6:
            case 7:
                RewriteLeb(bytes, Position(), random, log);
                break;
            default:
                EditSection(bytes, random, log);
                break;
        }
    }

    /// <summary>Replaces the LEB128 that starts at (or just after) <paramref name="at"/> with an edge value, maybe overlong.</summary>
    private static void RewriteLeb(List<byte> bytes, int at, Random random, List<string> log)
    {
        int length = 1;
        while (at + length - 1 < bytes.Count && (bytes[at + length - 1] & 0x80) != 0 && length < 10)
        {
            length++;
        }

        length = Math.Min(length, bytes.Count - at);
        ulong value = random.Next(3) == 0 ? (ulong)random.NextInt64() >> random.Next(64) : InterestingLebValues[random.Next(InterestingLebValues.Length)];
        int padding = random.Next(4) == 0 ? random.Next(1, 4) : 0;
        byte[] encoded = EncodeLeb(value, padding);
        bytes.RemoveRange(at, length);
        bytes.InsertRange(at, encoded);
        log.Add($"rewrite LEB at {at} ({length} bytes) as {value}{(padding > 0 ? $" padded by {padding}" : "")}");
    }

    private static void EditSection(List<byte> bytes, Random random, List<string> log)
    {
        List<(int Start, int SizeAt, int SizeLength, int PayloadEnd)> sections = Sections(bytes);
        if (sections.Count == 0)
        {
            RewriteLeb(bytes, Math.Min(9, bytes.Count - 1), random, log);
            return;
        }

        var section = sections[random.Next(sections.Count)];
        switch (random.Next(5))
        {
            case 0:
            {
                ulong size = DecodeLeb(bytes, section.SizeAt);
                long delta = random.Next(2) == 0 ? random.Next(-3, 4) : random.NextInt64(-1000, 100000);
                ulong newSize = (ulong)Math.Max(0, (long)size + delta);
                bytes.RemoveRange(section.SizeAt, section.SizeLength);
                bytes.InsertRange(section.SizeAt, EncodeLeb(newSize, 0));
                log.Add($"section at {section.Start}: size {size} -> {newSize}");
                break;
            }

            case 1:
            {
                byte[] copy = bytes.GetRange(section.Start, section.PayloadEnd - section.Start).ToArray();
                bytes.InsertRange(section.PayloadEnd, copy);
                log.Add($"duplicate section at {section.Start} (id {bytes[section.Start]})");
                break;
            }

            case 2:
            {
                bytes.RemoveRange(section.Start, section.PayloadEnd - section.Start);
                log.Add($"remove section at {section.Start}");
                break;
            }

            case 3 when sections.Count > 1:
            {
                var other = sections[random.Next(sections.Count)];
                var (first, second) = section.Start < other.Start ? (section, other) : (other, section);
                if (first.Start == second.Start)
                {
                    goto default;
                }

                byte[] a = bytes.GetRange(first.Start, first.PayloadEnd - first.Start).ToArray();
                byte[] b = bytes.GetRange(second.Start, second.PayloadEnd - second.Start).ToArray();
                bytes.RemoveRange(second.Start, b.Length);
                bytes.InsertRange(second.Start, a);
                bytes.RemoveRange(first.Start, a.Length);
                bytes.InsertRange(first.Start, b);
                log.Add($"swap sections at {first.Start} and {second.Start}");
                break;
            }

            default:
            {
                // Truncate inside the section: the classic unexpected end.
                int cut = section.Start + random.Next(Math.Max(1, section.PayloadEnd - section.Start));
                bytes.RemoveRange(cut, bytes.Count - cut);
                log.Add($"truncate at {cut}");
                break;
            }
        }
    }

    /// <summary>The sections of a module as far as their headers parse: start, size field and payload end.</summary>
    private static List<(int Start, int SizeAt, int SizeLength, int PayloadEnd)> Sections(List<byte> bytes)
    {
        var sections = new List<(int, int, int, int)>();
        int position = 8;
        while (position < bytes.Count)
        {
            int sizeAt = position + 1;
            if (sizeAt >= bytes.Count)
            {
                break;
            }

            int sizeLength = 0;
            while (sizeAt + sizeLength < bytes.Count && (bytes[sizeAt + sizeLength] & 0x80) != 0 && sizeLength < 5)
            {
                sizeLength++;
            }

            sizeLength++;
            ulong size = DecodeLeb(bytes, sizeAt);
            long end = sizeAt + sizeLength + (long)Math.Min(size, int.MaxValue);
            if (end > bytes.Count)
            {
                break;
            }

            sections.Add((position, sizeAt, sizeLength, (int)end));
            position = (int)end;
        }

        return sections;
    }

    private static ulong DecodeLeb(List<byte> bytes, int at)
    {
        ulong value = 0;
        for (int shift = 0; at < bytes.Count && shift < 64; shift += 7, at++)
        {
            value |= (ulong)(bytes[at] & 0x7F) << shift;
            if ((bytes[at] & 0x80) == 0)
            {
                break;
            }
        }

        return value;
    }

    private static byte[] EncodeLeb(ulong value, int padding)
    {
        var encoded = new List<byte>();
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            encoded.Add((byte)(b | (value != 0 || padding > 0 ? 0x80 : 0)));
        }
        while (value != 0);

        for (int i = 0; i < padding; i++)
        {
            encoded.Add((byte)(i == padding - 1 ? 0x00 : 0x80));
        }

        return encoded.ToArray();
    }
}
