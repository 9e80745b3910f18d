using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

/// <summary>Valid modules embedded as bytes, so tests never need wabt.</summary>
internal static class SampleModules
{
    /// <summary>
    /// wat2wasm --enable-all --debug-names of a module named $sample with imports of four kinds, a
    /// defined memory, table and two globals, three functions (one with named params and locals),
    /// four exports, a start function, eight element segments (forms 0, 1, 3, 4, 6), three data
    /// segments (forms 0, 1, 2) and a name section with extended subsections.
    /// </summary>
    public static byte[] Sample => FromHex(
        "0061736d0100000001140460027f7e017d60017f0060027f7f017f60000002270403656e760166000103656e760174017001010a03656e76016d0201010203656e760167037f000304030203000404016f000405030100010612027e01422a0b7c0044000000000000f83f0b071704036164640001036d656d0201016703010374616201000801020933080041000b010101000201020041000b0101030001030441000b02d2010bd0700b01000101060141000b6f01d06f0b030001020a1c030b02017e017d200020016a0b0600410110000b070043000000000b0b1c030041000b0568656c6c6f010770617373697665020141080b0278790060046e616d6500070673616d706c650119040003696d7001036164640205737461727403056f746865720212040000010300016101016202017802000300040501000274300505010102743106050101026d31070c030002676901016702026732");

    /// <summary>
    /// A Wasm 3.0 module written by hand: a rec group of a struct (with packed, mutable and nullable reference fields, so that it is defaultable)
    /// and an array, a final sub type, a (ref null 0) global initialised by struct.new_default, a
    /// tag, a table with an initialiser, a 64-bit shared memory with a custom page size, and a
    /// data count section.
    /// </summary>
    public static byte[] Gc => Module(
        Section(1, Vec(
            Concat(B(0x4E), Vec(
                Concat(B(0x50), Vec(), B(0x5F), Vec(B(0x78, 0x01), B(0x77, 0x00), B(0x63, 0x01, 0x00))),
                B(0x5E, 0x63, 0x00, 0x01))),
            Concat(B(0x4F), Vec(), B(0x60), Vec(B(0x7F)), Vec()),
            B(0x60, 0x00, 0x00))),
        Section(3, Vec(B(0x03))),
        Section(4, Vec(Concat(B(0x40, 0x00, 0x64, 0x70, 0x00, 0x01), B(0xD2, 0x00, 0x0B)))),
        Section(5, Vec(B(0x0F, 0x01, 0x02, 0x00))),
        Section(13, Vec(B(0x00, 0x02))),
        Section(6, Vec(
            Concat(B(0x63, 0x00, 0x00), B(0xFB, 0x01, 0x00, 0x0B)),
            Concat(B(0x7F, 0x00), B(0x41, 0x01, 0x41, 0x02, 0x6A, 0x0B)))),
        Section(7, Vec(Concat(Name("tag"), B(0x04, 0x00)), Concat(Name("s"), B(0x03, 0x00)))),
        Section(12, B(0x01)),
        Section(10, Vec(B(0x02, 0x00, 0x0B))),
        Section(11, Vec(Concat(B(0x01), Vec(B(0xAA))))));
}
