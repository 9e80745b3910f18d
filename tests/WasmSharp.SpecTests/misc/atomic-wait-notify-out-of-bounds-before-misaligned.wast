;; memory.atomic.notify and wait whose effective address does not fit the index type trap "out of
;; bounds" before "unaligned": Wasmtime 50 does (its libcalls take the address as one 64-bit value),
;; and the differential fuzzer found WasmSharp reporting "unaligned atomic" for
;; (memory.atomic.notify offset=3 (i32.const -1) ...). Loads and stores and addresses that fit stay
;; alignment first, as in the reference interpreter.
(module
  (memory 1 1 shared)
  (func (export "notify-wraps") (result i32) (memory.atomic.notify offset=3 (i32.const -1) (i32.const 1)))
  (func (export "wait32-wraps") (result i32) (memory.atomic.wait32 offset=3 (i32.const -1) (i32.const 0) (i64.const 0)))
  (func (export "wait64-wraps") (result i32) (memory.atomic.wait64 offset=5 (i32.const -1) (i64.const 0) (i64.const 0)))
  (func (export "notify-fits") (result i32) (memory.atomic.notify (i32.const 0xfffffffd) (i32.const 1)))
  (func (export "notify-past-end") (result i32) (memory.atomic.notify offset=1 (i32.const 65535) (i32.const 1)))
  (func (export "load-wraps") (result i32) (i32.atomic.load offset=3 (i32.const -1)))
)
(assert_trap (invoke "notify-wraps") "out of bounds memory access")
(assert_trap (invoke "wait32-wraps") "out of bounds memory access")
(assert_trap (invoke "wait64-wraps") "out of bounds memory access")
(assert_trap (invoke "notify-fits") "unaligned atomic")
(assert_trap (invoke "notify-past-end") "out of bounds memory access")
(assert_trap (invoke "load-wraps") "unaligned atomic")

(module
  (memory i64 1 1 shared)
  (func (export "notify-wraps") (result i32) (memory.atomic.notify offset=3 (i64.const -1) (i32.const 1)))
  (func (export "notify-fits") (result i32) (memory.atomic.notify (i64.const -3) (i32.const 1)))
  (func (export "wait64-wraps") (result i32) (memory.atomic.wait64 offset=5 (i64.const -1) (i64.const 0) (i64.const 0)))
)
(assert_trap (invoke "notify-wraps") "out of bounds memory access")
(assert_trap (invoke "notify-fits") "unaligned atomic")
(assert_trap (invoke "wait64-wraps") "out of bounds memory access")
