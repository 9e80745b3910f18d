using WasmSharp;

// With AsyncSupport, host functions may be async and a guest waiting in one holds no thread, so
// thousands of guests can wait for I/O at once. Such stores are entered through the *Async methods.
var engine = new Engine(new Config { AsyncSupport = true });
var module = Module.FromText(engine, """
    (module
      (import "host" "fetch" (func $fetch (param i32) (result i32)))
      (func $price (export "price") (param $item i32) (result i32)
        (i32.mul (call $fetch (local.get $item)) (i32.const 2))))
    """);

var linker = new Linker<string>(engine);                 // store data: here a client's name
linker.FuncWrapAsync("host", "fetch", async (Caller<string> caller, int item) =>
{
    await Task.Delay(100, caller.CancellationToken);     // I/O: an HTTP call, a database query...
    if (item < 0)
    {
        throw new ArgumentOutOfRangeException(nameof(item), "no such item");
    }

    return item * 10;
});
InstancePre<string> pre = linker.InstantiatePre(module); // link once, instantiate in each store

// 1,000 guests waiting at once, one per store (a store runs one call at a time).
var calls = new List<Task<int>>();
for (int client = 0; client < 1000; client++)
{
    var store = new Store<string>(engine, $"client {client}");
    Instance instance = await pre.InstantiateAsync(store);
    calls.Add(instance.GetTypedFunc<int, int>(store, "price").CallAsync(store, client));
}
int[] prices = await Task.WhenAll(calls);
Console.WriteLine(prices.Sum());                         // 9990000: 20 × (0 + 1 + ... + 999)

// A failed host task fails the call with a Trap of TrapCode.HostError holding the host's exception
// and the guest's wasm backtrace; the store stays usable.
var shop = new Store<string>(engine, "shop");
var price = (await pre.InstantiateAsync(shop)).GetTypedFunc<int, int>(shop, "price");
try
{
    await price.CallAsync(shop, -1);
}
catch (Trap trap)
{
    Console.WriteLine($"{trap.Code}: {trap.InnerException!.GetType().Name} in {trap.Backtrace.Frames[0].FuncName}");
}

// Canceling a call ends its wait; Caller.CancellationToken lets the host cancel its own work too.
using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(10));
try
{
    await price.CallAsync(shop, 7, timeout.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("canceled");
}
Console.WriteLine(await price.CallAsync(shop, 7));       // 140
