namespace WasmSharp.Tests;

public class ConfigTests
{
    [Fact]
    public void EverythingIsOnByDefault()
    {
        var config = new Config();
        Assert.Equal(WasmFeatures.All, config.Features);
        Assert.True(config.WasmGc);
        Assert.True(config.WasmThreads);
        Assert.Equal(512 * 1024, config.MaxWasmStack);
        Assert.False(config.ConsumeFuel);
        Assert.False(config.EpochInterruption);
    }

    [Fact]
    public void TogglesMapToFeatureFlags()
    {
        var config = new Config { WasmSimd = false, WasmRelaxedSimd = false, WasmMemory64 = false };
        Assert.Equal(WasmFeatures.All & ~(WasmFeatures.Simd | WasmFeatures.RelaxedSimd | WasmFeatures.Memory64), config.Features);
        Assert.False(config.WasmSimd);
        config.WasmSimd = true;
        Assert.True(config.WasmSimd);
    }

    [Fact]
    public void EngineTakesASnapshot()
    {
        var config = new Config { ConsumeFuel = true };
        var engine = new Engine(config);
        config.ConsumeFuel = false;
        config.WasmGc = false;
        Assert.True(engine.ConsumeFuel);
        Assert.Equal(WasmFeatures.All, engine.Features);
        Assert.True(engine.Config.WasmGc);
    }

    [Fact]
    public void InconsistentConfigIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Engine(new Config { WasmSimd = false }));
        Assert.Throws<ArgumentException>(() => new Engine(new Config { WasmReferenceTypes = false }));
        Assert.Throws<ArgumentException>(() => new Engine(new Config { MaxWasmStack = 0 }));
        Assert.Throws<ArgumentException>(() => new Engine(new Config { FunctionSplitThreshold = 0 }));
        Assert.Throws<ArgumentException>(() => new Engine(new Config { FunctionSplitThreshold = -1 }));
        new Engine(new Config { WasmSimd = false, WasmRelaxedSimd = false });
    }

    [Fact]
    public void EpochIncrements()
    {
        var engine = new Engine();
        engine.IncrementEpoch();
        engine.IncrementEpoch();
        Assert.Equal(2, engine.CurrentEpoch);
    }
}
