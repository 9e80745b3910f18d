using WasmSharp;

var engine = new Engine();                     // new Engine(new Config { WasmSimd = false, ... }) to switch proposals off
var module = Module.FromText(engine, """
    (module
      (import "host" "log" (func $log (param i32)))
      (func (export "add") (param i32 i32) (result i32)
        (call $log (local.get 0))
        (i32.add (local.get 0) (local.get 1)))
      (func (export "div") (param i32 i32) (result i32)
        (i32.div_s (local.get 0) (local.get 1))))
    """);                                      // Module.FromFile reads .wasm or .wat, Module.FromBytes binaries

var store = new Store<int>(engine, 0);         // host data: here a counter
var linker = new Linker<int>(engine);
linker.FuncWrap("host", "log", (Caller<int> caller, int value) => { caller.Data += value; });

Instance instance = linker.Instantiate(store, module);
var add = instance.GetTypedFunc<(int, int), int>(store, "add");
Console.WriteLine(add.Call(store, (2, 3)));   // 5
Console.WriteLine(store.Data);                // 2: the host function added its argument

// A trap raises Trap (with a TrapCode and a wasm backtrace); the Store stays usable after it.
var div = instance.GetTypedFunc<(int, int), int>(store, "div");
try
{
    div.Call(store, (1, 0));
}
catch (Trap trap)
{
    Console.WriteLine($"{trap.Code}: {trap.Message}");
}
Console.WriteLine(div.Call(store, (7, 2)));   // 3

// Malformed input raises WasmFormatException (with the byte offset), invalid input
// WasmValidationException (with the function index and instruction offset).
try
{
    Module.Validate(engine, [0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00]);   // "\0asm", version 2
}
catch (WasmFormatException e)
{
    Console.WriteLine(e.Message);
}
try
{
    Module.FromText(engine, "(module (func (result i32) (i64.const 1)))");
}
catch (WasmValidationException e)
{
    Console.WriteLine(e.Message);
}
